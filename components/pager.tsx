"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";

type Props = {
  /** The page shown, from 1. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** There are more than `total` items (a search that lists only its newest): "of more than N". */
  isTotalCapped?: boolean;
  /** The list's address; the page number is added as `?page=N`. */
  basePath: string;
  /** Names what is counted ("documents"): the key of a plural form under `pager.items`. */
  itemsKey: string;
  /** Other query parameters the links keep (a list's filters, its search). */
  query?: Record<string, string>;
};

/** Previous / next links for a paged list, with where the reader is in it. */
export function Pager({ page, pageCount, pageSize, total, isTotalCapped = false, basePath, itemsKey, query = {} }: Props) {
  const { t } = useTranslation("common");
  const href = (target: number) => {
    const params = new URLSearchParams(query);
    if (target !== 1) params.set("page", String(target));
    const search = params.toString();
    return search === "" ? basePath : `${basePath}?${search}`;
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="pager" aria-label={t("pager.label")} data-testid="pager">
      <p className="pager__status" data-testid="pager-status">
        {t(isTotalCapped ? "pager.rangeMore" : "pager.range", { first, last, count: total, items: t(`pager.items.${itemsKey}`, { count: total }) })}
        {" · "}
        {t("pager.page", { page, pageCount })}
      </p>
      <div className="button-row">
        {page > 1 ? (
          <Link className="button button--small" href={href(page - 1)} rel="prev" data-testid="pager-previous">
            {t("pager.previous")}
          </Link>
        ) : (
          <span className="button button--small" aria-disabled="true">
            {t("pager.previous")}
          </span>
        )}
        {page < pageCount ? (
          <Link className="button button--small" href={href(page + 1)} rel="next" data-testid="pager-next">
            {t("pager.next")}
          </Link>
        ) : (
          <span className="button button--small" aria-disabled="true">
            {t("pager.next")}
          </span>
        )}
      </div>
    </nav>
  );
}
