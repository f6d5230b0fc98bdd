"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "@/domain/languages/language-tag";
import { tokenStatus } from "@/domain/tokens/token-status";
import { ROLES } from "@/domain/users/roles";
import type { ApiTokenDto } from "@/server/services/tokens/api-token-dto.schema";
import { createTokenContract, type CreatedApiTokenDto } from "@/server/services/tokens/create-token.schema";
import { revokeTokenContract } from "@/server/services/tokens/revoke-token.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";
import { LocalTime } from "../local-time";

/** The lifetimes offered in the form, in days; "" is a token that never expires. */
const LIFETIMES = ["", "7", "30", "90", "365"] as const;

type Props = {
  tokens: ApiTokenDto[];
  /** How many tokens the actor may see in all (the list holds the newest only). */
  total: number;
  actorId: string;
  /** Administrators also see and create service tokens. */
  canManageServiceTokens: boolean;
  maxNameLength: number;
};

function NewToken({ created, onDone }: { created: CreatedApiTokenDto; onDone: () => void }) {
  const { t } = useTranslation("tokens");
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };
  return (
    <section className="form-card new-token" aria-labelledby="new-token-title" data-testid="new-token-panel">
      <h2 id="new-token-title">{t("created.title", { name: created.name })}</h2>
      <p className="alert alert--warn">{t("created.warning", { account: created.owner.email })}</p>
      <div className="inline-form">
        <label htmlFor="new-token" className="visually-hidden">
          {t("created.label")}
        </label>
        <input id="new-token" data-testid="new-token" readOnly value={created.token} size={50} className="code" onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {t("created.copy")}
        </button>
      </div>
      {copyState === "copied" && (
        <p role="status" className="hint">
          {t("created.copied")}
        </p>
      )}
      <ErrorAlert message={copyState === "failed" ? t("created.copyFailed") : null} />
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t("created.done")}
      </button>
    </section>
  );
}

function StatusBadge({ token }: { token: ApiTokenDto }) {
  const { t } = useTranslation("tokens");
  const status = tokenStatus(token, new Date());
  const tone = status === "active" ? "approved" : status === "revoked" ? "rejected" : "excluded";
  return <span className={`badge badge--${tone}`}>{t(`status.${status}`)}</span>;
}

function RevokeButton({ token, onRevoke }: { token: ApiTokenDto; onRevoke: (token: ApiTokenDto) => Promise<void> }) {
  const { t } = useTranslation("tokens");
  const [isConfirming, setConfirming] = useState(false);
  const [isPending, setPending] = useState(false);
  if (tokenStatus(token, new Date()) === "revoked") return null;
  if (!isConfirming) {
    return (
      <button type="button" className="button button--small" aria-label={t("revoke.label", { name: token.name })} onClick={() => setConfirming(true)}>
        {t("revoke.button")}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t("revoke.label", { name: token.name })} className="inline-form">
      <p className="small">{t("revoke.confirm", { name: token.name })}</p>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={isPending}
        onClick={async () => {
          setPending(true);
          await onRevoke(token);
          setPending(false);
          setConfirming(false);
        }}
      >
        {t("revoke.yes")}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(false)}>
        {t("revoke.cancel")}
      </button>
    </div>
  );
}

function TokenTable({ tokens, showAccount, caption, onRevoke }: { tokens: ApiTokenDto[]; showAccount: boolean; caption: string; onRevoke: (token: ApiTokenDto) => Promise<void> }) {
  const { t, i18n } = useTranslation(["tokens", "common"]);
  const date = (iso: string | null, empty: string) => (iso ? <LocalTime iso={iso} language={i18n.language} /> : <span className="muted">{empty}</span>);
  const languages = (tags: string[]) =>
    tags.length === 0 ? t("allLanguages") : new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(tags.map((tag) => languageName(tag, i18n.language)));
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {showAccount && <th scope="col">{t("columns.account")}</th>}
          <th scope="col">{t("columns.name")}</th>
          <th scope="col">{t("columns.prefix")}</th>
          <th scope="col">{t("columns.created")}</th>
          <th scope="col">{t("columns.lastUsed")}</th>
          <th scope="col">{t("columns.expires")}</th>
          <th scope="col">{t("columns.status")}</th>
          <th scope="col">{t("columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} data-testid="token-row">
            {showAccount && (
              <td>
                {token.owner.name}
                <br />
                <span className="muted small">{token.owner.email}</span>
                <br />
                <span className="small">
                  {t(`common:roles.${token.owner.role}`)} · {languages(token.owner.targetLangs)}
                </span>
              </td>
            )}
            <th scope="row">{token.name}</th>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{date(token.createdAt, "")}</td>
            <td>{date(token.lastUsedAt, t("neverUsed"))}</td>
            <td>{date(token.expiresAt, t("never"))}</td>
            <td>
              <StatusBadge token={token} />
            </td>
            <td>
              <RevokeButton token={token} onRevoke={onRevoke} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LifetimeSelect({ id }: { id: string }) {
  const { t } = useTranslation("tokens");
  return (
    <div className="field">
      <label htmlFor={id}>{t("create.expires")}</label>
      <select id={id} name="expiresInDays" defaultValue="90">
        {LIFETIMES.map((days) => (
          <option key={days} value={days}>
            {days === "" ? t("create.expiresNever") : t("create.expiresIn", { count: Number(days) })}
          </option>
        ))}
      </select>
    </div>
  );
}

function CreateTokenForm({ isService, maxNameLength, onCreated }: { isService: boolean; maxNameLength: number; onCreated: (created: CreatedApiTokenDto) => void }) {
  const { t } = useTranslation(["tokens", "common"]);
  const describe = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const idPrefix = isService ? "service-token" : "personal-token";
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const text = (name: string) => String(fields.get(name) ?? "").trim();
    const expires = text("expiresInDays");
    const accountName = text("accountName");
    const body = {
      name: text("name"),
      ...(expires ? { expiresInDays: Number(expires) } : {}),
      ...(isService ? { serviceAccount: { email: text("email"), role: text("role") as (typeof ROLES)[number], targetLangs: text("targetLangs"), ...(accountName ? { name: accountName } : {}) } } : {}),
    };
    setPending(true);
    const result = await callRoute(createTokenContract, { body });
    setPending(false);
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setError(null);
    form.reset();
    onCreated(result.data);
  };
  return (
    <form className="form-card" aria-labelledby={`${idPrefix}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${idPrefix}-title`}>{t(isService ? "create.serviceTitle" : "create.personalTitle")}</h2>
      <ErrorAlert message={error} />
      {isService && (
        <>
          <div className="field">
            <label htmlFor={`${idPrefix}-email`}>{t("create.email")}</label>
            <input id={`${idPrefix}-email`} name="email" type="email" required maxLength={254} autoComplete="off" aria-describedby={`${idPrefix}-email-hint`} />
            <p id={`${idPrefix}-email-hint`} className="hint">
              {t("create.emailHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-account-name`}>{t("create.accountName")}</label>
            <input id={`${idPrefix}-account-name`} name="accountName" maxLength={120} autoComplete="off" aria-describedby={`${idPrefix}-account-name-hint`} />
            <p id={`${idPrefix}-account-name-hint`} className="hint">
              {t("create.accountNameHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-role`}>{t("create.role")}</label>
            <select id={`${idPrefix}-role`} name="role" defaultValue="TRANSLATOR">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`common:roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-languages`}>{t("create.languages")}</label>
            <input id={`${idPrefix}-languages`} name="targetLangs" maxLength={1000} autoComplete="off" aria-describedby={`${idPrefix}-languages-hint`} />
            <p id={`${idPrefix}-languages-hint`} className="hint">
              {t("create.languagesHint")}
            </p>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>{t("create.name")}</label>
        <input id={`${idPrefix}-name`} name="name" required maxLength={maxNameLength} autoComplete="off" aria-describedby={`${idPrefix}-name-hint`} />
        <p id={`${idPrefix}-name-hint`} className="hint">
          {t("create.nameHint")}
        </p>
      </div>
      <LifetimeSelect id={`${idPrefix}-expires`} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? t("create.pending") : t("create.submit")}
      </button>
    </form>
  );
}

/** The tokens screen: one's own tokens, and for administrators the service tokens; each created token is shown once. */
export function TokensManager({ tokens: initialTokens, total, actorId, canManageServiceTokens, maxNameLength }: Props) {
  const { t } = useTranslation("tokens");
  const describe = useErrorMessage();
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<CreatedApiTokenDto | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = new Date();
  const mine = tokens.filter((token) => token.owner.id === actorId);
  const service = tokens.filter((token) => token.owner.kind === "SERVICE");
  const usable = (list: ApiTokenDto[]) => list.filter((token) => tokenStatus(token, now) === "active").length;

  const onCreated = (token: CreatedApiTokenDto) => {
    // The list keeps everything but the token itself, which only the panel above shows, once.
    const { id, name, prefix, createdAt, lastUsedAt, expiresAt, revokedAt, owner } = token;
    setTokens((current) => [{ id, name, prefix, createdAt, lastUsedAt, expiresAt, revokedAt, owner }, ...current]);
    setCreated(token);
    setMessage(null);
  };
  const onRevoke = async (token: ApiTokenDto) => {
    const result = await callRoute(revokeTokenContract, { params: { id: token.id } });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setError(null);
    setTokens((current) => current.map((entry) => (entry.id === token.id ? { ...entry, revokedAt: new Date().toISOString() } : entry)));
    setMessage(t("revoke.done", { name: token.name }));
  };

  return (
    <div className="tokens">
      <p>
        {t("intro")} <Link href="/api-reference">{t("apiReference")}</Link>
      </p>
      {created && <NewToken created={created} onDone={() => setCreated(null)} />}
      {message && (
        <p role="status" className="alert alert--ok">
          {message}
        </p>
      )}
      <ErrorAlert message={error} />
      {total > tokens.length && <p className="hint">{t("truncated", { shown: tokens.length, count: total })}</p>}
      <div className="admin-grid">
        <section aria-labelledby="personal-tokens-title">
          <h2 id="personal-tokens-title">{t("personal.title")}</h2>
          <p className="muted">{mine.length === 0 ? t("personal.empty") : t("personal.summary", { count: usable(mine) })}</p>
          {mine.length > 0 && <TokenTable tokens={mine} showAccount={false} caption={t("personal.title")} onRevoke={onRevoke} />}
        </section>
        <CreateTokenForm isService={false} maxNameLength={maxNameLength} onCreated={onCreated} />
      </div>
      {canManageServiceTokens && (
        <div className="admin-grid">
          <section aria-labelledby="service-tokens-title">
            <h2 id="service-tokens-title">{t("service.title")}</h2>
            <p className="muted">{t("service.intro")}</p>
            <p className="muted">{service.length === 0 ? t("service.empty") : t("service.summary", { count: usable(service) })}</p>
            {service.length > 0 && <TokenTable tokens={service} showAccount caption={t("service.title")} onRevoke={onRevoke} />}
          </section>
          <CreateTokenForm isService maxNameLength={maxNameLength} onCreated={onCreated} />
        </div>
      )}
    </div>
  );
}
