import type { Metadata } from "next";
import { TokensManager } from "@/components/tokens/tokens-manager";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listTokens } from "@/server/services/tokens/list-tokens";
import { MAX_TOKEN_NAME_LENGTH } from "@/server/services/tokens/create-token.schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "tokens");
  return { title: t("title") };
}

/** Everyone's own API tokens; administrators also manage service tokens here. Pages read the session only, never a token. */
export default async function TokensPage() {
  const actor = await requireActor("/settings/tokens");
  const t = await getTranslator(await resolveUiLanguage(actor), "tokens");
  const { tokens, total } = await listTokens({ actor });
  return (
    <section className="page">
      <h1>{t("title")}</h1>
      <TokensManager tokens={tokens} total={total} actorId={actor.id} canManageServiceTokens={can(actor, "users:manage")} maxNameLength={MAX_TOKEN_NAME_LENGTH} />
    </section>
  );
}
