import type { MemberKey } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";

/** A member's keys, for whoever checks them by hand: kept out of the way in a details panel. */
export function KeyDetails({ member, box }: { readonly member: MemberKey; readonly box: string | undefined }) {
  const t = useT("profiles");
  const items = [{ id: "member", term: t("details.memberKey"), details: <code data-testid="member-key">{member}</code> }];
  if (box !== undefined) items.push({ id: "box", term: t("details.boxKey"), details: <code data-testid="box-key">{box}</code> });
  return (
    <Disclosure title={t("details.title")} headingLevel={2}>
      <DataList items={items} />
    </Disclosure>
  );
}
