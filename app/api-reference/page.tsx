import type { Metadata } from "next";
import { getOpenApiDocument } from "@/server/api/get-openapi-document";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "common");
  return { title: t("apiReference.title") };
}

type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  "x-access": string;
  "x-roles": string[];
  parameters: { name: string; in: string; required: boolean; schema: { type?: string; description?: string } }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The API reference, read from the same OpenAPI document that /api/openapi.json serves. */
export default async function ApiReferencePage() {
  const actor = await requireActor("/api-reference");
  const t = await getTranslator(await resolveUiLanguage(actor), "common");
  const document = getOpenApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  const tags = [...new Set(operations.map(({ operation }) => operation.tags[0]))];
  return (
    <section className="page api-reference">
      <h1>{t("apiReference.title")}</h1>
      <p>{t("apiReference.intro")}</p>
      <p>
        <a href="/api/openapi.json" data-testid="openapi-link">
          {t("apiReference.download")}
        </a>
      </p>
      <nav aria-label={t("apiReference.groups")}>
        <ul className="inline-list">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#${tag}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} id={tag} aria-labelledby={`${tag}-heading`}>
          <h2 id={`${tag}-heading`}>{tag}</h2>
          {operations
            .filter(({ operation }) => operation.tags[0] === tag)
            .map(({ path, method, operation }) => (
              <article key={`${method} ${path}`} className="api-operation" data-testid="api-operation" id={operation.operationId}>
                <h3>
                  <code>
                    {method} {path}
                  </code>
                </h3>
                <p>{operation.summary}</p>
                <p className="muted">
                  {t("apiReference.access")}{" "}
                  {operation["x-access"] === "public"
                    ? t("apiReference.public")
                    : operation["x-access"] === "signed-in"
                      ? t("apiReference.signedIn")
                      : t("apiReference.permission", { permission: operation["x-access"], roles: operation["x-roles"].map((role) => t(`roles.${role}`)).join(", ") })}
                </p>
                {operation.parameters.length > 0 && (
                  <table className="data-table">
                    <caption className="visually-hidden">{t("apiReference.parameters")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("apiReference.parameter")}</th>
                        <th scope="col">{t("apiReference.location")}</th>
                        <th scope="col">{t("apiReference.type")}</th>
                        <th scope="col">{t("apiReference.required")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {operation.parameters.map((parameter) => (
                        <tr key={`${parameter.in}-${parameter.name}`}>
                          <th scope="row">
                            <code>{parameter.name}</code>
                            {parameter.schema.description && <div className="muted">{parameter.schema.description}</div>}
                          </th>
                          <td>{parameter.in}</td>
                          <td>{parameter.schema.type ?? "—"}</td>
                          <td>{parameter.required ? t("apiReference.yes") : t("apiReference.no")}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {operation.requestBody && (
                  <details>
                    <summary>{t("apiReference.requestBody")}</summary>
                    <pre>{pretty(operation.requestBody.content["application/json"]?.schema)}</pre>
                  </details>
                )}
                {Object.entries(operation.responses)
                  .filter(([status]) => status.startsWith("2"))
                  .map(([status, response]) => (
                    <details key={status}>
                      <summary>{t("apiReference.response", { status })}</summary>
                      <p>{response.description}</p>
                      {response.content && <pre>{pretty(Object.fromEntries(Object.entries(response.content).map(([type, body]) => [type, body.schema])))}</pre>}
                    </details>
                  ))}
              </article>
            ))}
        </section>
      ))}
    </section>
  );
}
