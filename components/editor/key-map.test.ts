import { describe, expect, it } from "vitest";
import editorEn from "@/locales/en/editor.json";
import editorFr from "@/locales/fr/editor.json";
import { findEditorCommand, findRowCommand, NAMED_KEYS, SHORTCUT_HELP, shortcutLabel, type KeyPress } from "./key-map";

function press(key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe("keys in a paragraph's text box", () => {
  it.each([
    [press("Enter", { ctrlKey: true }), "saveNext"],
    [press("Enter", { metaKey: true }), "saveNext"],
    [press("Enter", { ctrlKey: true, shiftKey: true }), "approveNext"],
    [press("ArrowDown", { altKey: true }), "moveDown"],
    [press("ArrowUp", { altKey: true }), "moveUp"],
    [press("S", { ctrlKey: true, shiftKey: true }), "copySource"],
    [press("s", { metaKey: true, shiftKey: true }), "copySource"],
    [press("Escape"), "cancel"],
    [press("/", { ctrlKey: true }), "help"],
    [press("1", { ctrlKey: true }), "insertMatch1"],
    [press("2", { metaKey: true }), "insertMatch2"],
    [press("3", { ctrlKey: true }), "insertMatch3"],
    // Look-alikes that must be left to the text box.
    [press("Enter"), null],
    [press("Enter", { shiftKey: true }), null],
    [press("ArrowDown"), null],
    [press("s", { ctrlKey: true }), null],
    [press("/"), null],
    [press("1"), null],
    [press("4", { ctrlKey: true }), null],
    [press("1", { ctrlKey: true, altKey: true }), null],
  ])("%o is %s", (key, command) => {
    expect(findEditorCommand(key)).toBe(command);
  });
});

describe("keys on a focused row", () => {
  it.each([
    [press("ArrowDown"), "down"],
    [press("ArrowUp"), "up"],
    [press("Home"), "first"],
    [press("End"), "last"],
    [press("Enter"), "edit"],
    [press("/", { metaKey: true }), "help"],
    [press("/"), null],
    [press("a"), null],
  ])("%o is %s", (key, command) => {
    expect(findRowCommand(key)).toBe(command);
  });
});

describe("the shortcuts help", () => {
  it("describes every line in the interface language", () => {
    expect(SHORTCUT_HELP.map(({ key }) => key).sort()).toEqual(Object.keys(editorEn.help.keys).sort());
  });

  it.each([
    ["en", editorEn.help.keyNames, { saveNext: "Ctrl + Enter", approveNext: "Ctrl + Shift + Enter", cancel: "Esc", rows: "↑ ↓ Home End" }],
    ["fr", editorFr.help.keyNames, { saveNext: "Ctrl + Entrée", approveNext: "Ctrl + Maj + Entrée", cancel: "Échap", rows: "↑ ↓ Début Fin" }],
  ] as const)("names the keys in %s", (_language, names, expected) => {
    expect(Object.keys(names).sort()).toEqual([...NAMED_KEYS].sort());
    for (const [key, label] of Object.entries(expected)) {
      const line = SHORTCUT_HELP.find((entry) => entry.key === key);
      expect(line && shortcutLabel(line.keys, (name) => names[name])).toBe(label);
    }
  });
});
