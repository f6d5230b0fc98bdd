"use client";

import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { SHORTCUT_HELP, shortcutLabel } from "./key-map";

/** The shortcut list, as a modal dialog opened by the toolbar button or Ctrl+/. */
export const ShortcutsHelp = forwardRef<HTMLDialogElement>(function ShortcutsHelp(_props, ref) {
  const { t } = useTranslation("editor");
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" data-testid="shortcuts-help">
      <h2 id="shortcuts-title">{t("help.title")}</h2>
      <table className="data-table">
        <tbody>
          {SHORTCUT_HELP.map(({ keys, key }) => (
            <tr key={key}>
              <th scope="row" data-testid="shortcut-keys">
                <kbd>{shortcutLabel(keys, (name) => t(`help.keyNames.${name}`))}</kbd>
              </th>
              <td>{t(`help.keys.${key}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("help.autosave")}</p>
      <form method="dialog">
        <button type="submit" className="button">
          {t("help.close")}
        </button>
      </form>
    </dialog>
  );
});
