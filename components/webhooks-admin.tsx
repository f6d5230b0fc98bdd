"use client";

import { useLocalTimeFormat } from "./local-time";
import { useCallback, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/domain/webhooks/events";
import { callRoute, type ApiError } from "./api/client";
import { useErrorMessage } from "./api/use-error-message";
import { createWebhookContract } from "@/server/services/webhooks/create-webhook.schema";
import { deleteWebhookContract } from "@/server/services/webhooks/delete-webhook.schema";
import { listWebhookDeliveriesContract, type WebhookDeliveryPageDto } from "@/server/services/webhooks/list-webhook-deliveries.schema";
import { listWebhooksContract } from "@/server/services/webhooks/list-webhooks.schema";
import { redeliverWebhookContract } from "@/server/services/webhooks/redeliver-webhook.schema";
import { rotateWebhookSecretContract } from "@/server/services/webhooks/rotate-webhook-secret.schema";
import { updateWebhookContract } from "@/server/services/webhooks/update-webhook.schema";
import type { WebhookDto } from "@/server/services/webhooks/webhook-dto.schema";

/** i18next keys cannot hold the event names' dots. */
const eventKey = (type: WebhookEventType) => `webhooks.events.${type.replace(/\./g, "_")}`;

/** Dates in the reader's time zone (UTC, marked, until hydrated), "—" for none. */
function useDateFormat() {
  const { i18n } = useTranslation();
  const format = useLocalTimeFormat(i18n.language);
  return useCallback((iso: string | null) => (iso ? format(iso) : "—"), [format]);
}

function EventChoices({ name, chosen, onChange }: { name: string; chosen: readonly WebhookEventType[]; onChange: (events: WebhookEventType[]) => void }) {
  const { t } = useTranslation("admin");
  return (
    <fieldset className="field">
      <legend>{t("webhooks.form.events")}</legend>
      {WEBHOOK_EVENT_TYPES.map((type) => (
        <label key={type} className="field--check">
          <input
            type="checkbox"
            name={name}
            value={type}
            checked={chosen.includes(type)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, type] : chosen.filter((item) => item !== type))}
          />{" "}
          <code>{type}</code> — {t(eventKey(type))}
        </label>
      ))}
    </fieldset>
  );
}

/** A secret shown once, with a copy button: it cannot be read again. */
function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation("admin");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="alert alert--warn" data-testid="webhook-secret">
      <p>{t("webhooks.secret.warning")}</p>
      <p>
        <code>{secret}</code>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? t("webhooks.secret.copied") : t("webhooks.secret.copy")}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDone}>
          {t("webhooks.secret.done")}
        </button>
      </div>
    </div>
  );
}

function Deliveries({ webhook }: { webhook: WebhookDto }) {
  const { t } = useTranslation("admin");
  const formatDate = useDateFormat();
  const errorMessage = useErrorMessage();
  const [page, setPage] = useState<WebhookDeliveryPageDto | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(
    async (pageNumber: number) => {
      const result = await callRoute(listWebhookDeliveriesContract, { params: { id: webhook.id }, query: { page: pageNumber } });
      if (result.ok) {
        setPage(result.data);
        setError(null);
      } else setError(result.error);
    },
    [webhook.id],
  );

  if (!page) {
    return (
      <div>
        <button type="button" className="button button--small" onClick={() => void load(1)}>
          {t("webhooks.deliveries.show")}
        </button>
        {error && <p role="alert" className="alert alert--error">{errorMessage(error)}</p>}
      </div>
    );
  }
  return (
    <div className="panel" data-testid="webhook-deliveries">
      <h3>{t("webhooks.deliveries.title", { count: page.total })}</h3>
      {notice && <p role="status" className="alert alert--ok">{notice}</p>}
      {error && <p role="alert" className="alert alert--error">{errorMessage(error)}</p>}
      {page.total === 0 ? (
        <p className="muted">{t("webhooks.deliveries.none")}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t("webhooks.deliveries.caption", { url: webhook.url })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("webhooks.deliveries.columns.event")}</th>
              <th scope="col">{t("webhooks.deliveries.columns.status")}</th>
              <th scope="col">{t("webhooks.deliveries.columns.time")}</th>
              <th scope="col">{t("webhooks.deliveries.columns.response")}</th>
              <th scope="col">{t("webhooks.deliveries.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {page.deliveries.map((delivery) => {
              const latest = delivery.attemptLog[0];
              return (
                <tr key={delivery.id}>
                  <td>
                    <code>{delivery.eventType}</code>
                    <br />
                    <span className="small muted">{delivery.eventId}</span>
                  </td>
                  <td>
                    <span className={`badge ${delivery.status === "DELIVERED" ? "badge--approved" : delivery.status === "FAILED" ? "badge--error" : "badge--info"}`}>
                      {t(`webhooks.deliveries.status.${delivery.status}`)}
                    </span>
                    <br />
                    <span className="small">{t("webhooks.deliveries.attempts", { count: delivery.attempts })}</span>
                  </td>
                  <td className="small">
                    {formatDate(delivery.lastAttemptAt ?? delivery.createdAt)}
                    {delivery.status === "PENDING" && delivery.nextAttemptAt && (
                      <>
                        <br />
                        {t("webhooks.deliveries.next", { time: formatDate(delivery.nextAttemptAt) })}
                      </>
                    )}
                  </td>
                  <td className="small">
                    {latest ? (
                      <>
                        {latest.statusCode === null ? t("webhooks.deliveries.noAnswer") : t("webhooks.deliveries.httpStatus", { status: latest.statusCode })}
                        {latest.responseExcerpt && (
                          <>
                            <br />
                            <code>{latest.responseExcerpt.slice(0, 200)}</code>
                          </>
                        )}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={async () => {
                        const result = await callRoute(redeliverWebhookContract, { params: { id: webhook.id, deliveryId: delivery.id } });
                        if (!result.ok) return setError(result.error);
                        setNotice(t("webhooks.deliveries.redelivered"));
                        await load(page.page);
                      }}
                    >
                      {t("webhooks.deliveries.redeliver")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button type="button" className="button button--small button--quiet" onClick={() => void load(page.page)}>
          {t("webhooks.deliveries.refresh")}
        </button>
        {page.page > 1 && (
          <button type="button" className="button button--small button--quiet" onClick={() => void load(page.page - 1)}>
            {t("webhooks.deliveries.newer")}
          </button>
        )}
        {page.page < page.pageCount && (
          <button type="button" className="button button--small button--quiet" onClick={() => void load(page.page + 1)}>
            {t("webhooks.deliveries.older")}
          </button>
        )}
      </div>
    </div>
  );
}

function WebhookRow({ webhook, onChanged, onSecret }: { webhook: WebhookDto; onChanged: () => Promise<void>; onSecret: (secret: string) => void }) {
  const { t } = useTranslation("admin");
  const formatDate = useDateFormat();
  const errorMessage = useErrorMessage();
  const [isEditing, setIsEditing] = useState(false);
  const [url, setUrl] = useState(webhook.url);
  const [events, setEvents] = useState<WebhookEventType[]>(webhook.events);
  const [isActive, setIsActive] = useState(webhook.isActive);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await callRoute(updateWebhookContract, { params: { id: webhook.id }, body: { url, events, isActive, version: webhook.version } });
    if (!result.ok) return setError(result.error);
    setError(null);
    setIsEditing(false);
    await onChanged();
  };

  return (
    <li className="panel" data-testid="webhook">
      <h2 className="small">
        <code>{webhook.url}</code>{" "}
        <span className={`badge ${webhook.isActive ? "badge--approved" : webhook.disabledAt ? "badge--error" : "badge--excluded"}`}>
          {webhook.isActive ? t("webhooks.state.active") : webhook.disabledAt ? t("webhooks.state.disabled") : t("webhooks.state.inactive")}
        </span>
      </h2>
      {webhook.disabledAt && webhook.disabledReason && (
        <p className="alert alert--warn">{t(`webhooks.disabledReason.${webhook.disabledReason}`, { time: formatDate(webhook.disabledAt), count: webhook.consecutiveFailures })}</p>
      )}
      <p className="small">
        {webhook.events.map((type) => t(eventKey(type))).join(" · ")}
        <br />
        {t("webhooks.counts.pending", { count: webhook.pendingDeliveries })} · {t("webhooks.counts.failed", { count: webhook.failedDeliveries })}
        {webhook.previousSecretExpiresAt && (
          <>
            <br />
            {t("webhooks.secret.grace", { time: formatDate(webhook.previousSecretExpiresAt) })}
          </>
        )}
      </p>
      {error && <p role="alert" className="alert alert--error">{errorMessage(error)}</p>}
      {isEditing ? (
        <form onSubmit={(event) => void save(event)} className="form-card">
          <div className="field">
            <label htmlFor={`url-${webhook.id}`}>{t("webhooks.form.url")}</label>
            <input id={`url-${webhook.id}`} type="url" value={url} onChange={(event) => setUrl(event.target.value)} required maxLength={2000} />
          </div>
          <EventChoices name={`events-${webhook.id}`} chosen={events} onChange={setEvents} />
          <label className="field--check">
            <input type="checkbox" checked={isActive} onChange={(event) => setIsActive(event.target.checked)} /> {t("webhooks.form.active")}
          </label>
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={events.length === 0}>
              {t("webhooks.form.save")}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setIsEditing(false)}>
              {t("webhooks.form.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setIsEditing(true)}>
            {t("webhooks.actions.edit")}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={async () => {
              if (!window.confirm(t("webhooks.actions.rotateConfirm"))) return;
              const result = await callRoute(rotateWebhookSecretContract, { params: { id: webhook.id } });
              if (!result.ok) return setError(result.error);
              onSecret(result.data.secret);
              await onChanged();
            }}
          >
            {t("webhooks.actions.rotate")}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={async () => {
              if (!window.confirm(t("webhooks.actions.deleteConfirm", { url: webhook.url }))) return;
              const result = await callRoute(deleteWebhookContract, { params: { id: webhook.id } });
              if (!result.ok) return setError(result.error);
              await onChanged();
            }}
          >
            {t("webhooks.actions.delete")}
          </button>
        </div>
      )}
      <Deliveries webhook={webhook} />
    </li>
  );
}

/** The administrators' webhooks screen: endpoints, their secrets (shown once), and their delivery logs. */
export function WebhooksAdmin({ initial, allowedHosts }: { initial: WebhookDto[]; allowedHosts: readonly string[] }) {
  const { t } = useTranslation("admin");
  const errorMessage = useErrorMessage();
  const [webhooks, setWebhooks] = useState(initial);
  const [secret, setSecret] = useState<string | null>(null);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>(["publication.created"]);
  const [error, setError] = useState<ApiError | null>(null);
  const [isPending, setIsPending] = useState(false);
  const disabled = webhooks.filter((webhook) => webhook.disabledAt !== null && !webhook.isActive).length;

  const reload = useCallback(async () => {
    const result = await callRoute(listWebhooksContract, {});
    if (result.ok) setWebhooks(result.data.webhooks);
  }, []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setIsPending(true);
    const result = await callRoute(createWebhookContract, { body: { url, events } });
    setIsPending(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setUrl("");
    setSecret(result.data.secret);
    await reload();
  };

  return (
    <>
      {disabled > 0 && (
        <p role="alert" className="alert alert--warn" data-testid="webhooks-disabled-notice">
          {t("webhooks.disabledNotice", { count: disabled })}
        </p>
      )}
      {secret && <SecretOnce secret={secret} onDone={() => setSecret(null)} />}
      <form onSubmit={(event) => void create(event)} className="form-card" aria-labelledby="add-webhook-title">
        <h2 id="add-webhook-title">{t("webhooks.form.title")}</h2>
        <div className="field">
          <label htmlFor="webhook-url">{t("webhooks.form.url")}</label>
          <input id="webhook-url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} required maxLength={2000} placeholder="https://cms.example.com/hooks" aria-describedby="webhook-url-hint" />
          <p id="webhook-url-hint" className="hint">
            {allowedHosts.length > 0 ? t("webhooks.form.urlHintAllowed", { hosts: allowedHosts.join(", ") }) : t("webhooks.form.urlHint")}
          </p>
        </div>
        <EventChoices name="events" chosen={events} onChange={setEvents} />
        {error && <p role="alert" className="alert alert--error">{errorMessage(error)}</p>}
        <button type="submit" className="button" disabled={isPending || events.length === 0}>
          {t("webhooks.form.submit")}
        </button>
      </form>
      <h2>{t("webhooks.listTitle", { count: webhooks.length })}</h2>
      {webhooks.length === 0 ? (
        <p className="muted">{t("webhooks.none")}</p>
      ) : (
        <ul className="inline-list" style={{ display: "block" }}>
          {webhooks.map((webhook) => (
            <WebhookRow key={`${webhook.id}-${webhook.version}`} webhook={webhook} onChanged={reload} onSecret={setSecret} />
          ))}
        </ul>
      )}
    </>
  );
}
