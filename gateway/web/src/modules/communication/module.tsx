import type { PageModule } from "../module";
import { sliceSection } from "../sliceSection";
import "./communication.css";
import { ApprovalQueue } from "./ApprovalQueue";
import { MessageDetail } from "./MessageDetail";
import { MessageList } from "./MessageList";
import { communicationPaths, top } from "./paths";
import { CommunicationPictureSection } from "./PictureSection";
import { canApprove } from "./roles";
import { WriteMessage } from "./WriteMessage";

export const communicationModule: PageModule = {
  screen: (path, search) => {
    if (path === top || path === `${top}/`) return <MessageList />;
    if (path === communicationPaths.write()) return <WriteMessage crisisId={search.get("krise") ?? undefined} />;
    if (path === communicationPaths.approvals()) return <ApprovalQueue />;
    const message = new RegExp(`^${top}/([0-9a-fA-F-]{36})$`).exec(path);
    return message?.[1] ? <MessageDetail id={message[1]} /> : null;
  },
  nav: [
    { href: communicationPaths.list(), label: "communication.nav", visible: () => true },
    { href: communicationPaths.approvals(), label: "communication.approvals", visible: () => canApprove.value },
  ],
  pictureSections: [sliceSection("communication", CommunicationPictureSection)],
};
