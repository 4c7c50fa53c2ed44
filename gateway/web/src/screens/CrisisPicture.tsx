import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { get, getWithETag } from "../api/client";
import { canChange, canLead } from "../api/session";
import type { Board, OccupancyPoint, Picture } from "../api/types";
import { hhmmss } from "../i18n/format";
import { t } from "../i18n/i18n";
import { Dialog } from "../components/Dialog";
import { DistrictTotals } from "../components/DistrictTotals";
import { FacilityTable } from "../components/FacilityTable";
import { Feed } from "../components/Feed";
import { FreeByTownChart } from "../components/FreeByTownChart";
import { LineBanner } from "../components/LineBanner";
import { OccupancyChart } from "../components/OccupancyChart";
import { TownBars } from "../components/TownBars";
import { CloseCrisisForm } from "../forms/CloseCrisisForm";
import { EscalateCrisisForm } from "../forms/EscalateCrisisForm";
import { PlaceHouseholdForm } from "../forms/PlaceHouseholdForm";
import { RegisterFacilityForm } from "../forms/RegisterFacilityForm";
import { lineState } from "../live/hub";
import { LivePicture, standOf } from "../live/livePicture";
import { modules } from "../modules";
import { followLink, paths } from "../router";
import { FacilityPanel } from "./FacilityPanel";

type Open = { what: "register" | "place" } | { what: "escalate" | "close"; etag: string | undefined } | { what: "facility"; facilityId: string };

/** The live picture of one crisis: header, accommodation, charts, feed — the snapshot on join, then every push. */
export function CrisisPicture({ crisisId }: { crisisId: string }) {
  const live = useMemo(() => new LivePicture(crisisId), [crisisId]);
  useEffect(() => () => live.stop(), [live]);
  const picture = live.picture.value;
  if (picture === undefined) return <main id="content"><p>{t("app.loading")}</p></main>;
  if (picture === null) {
    return (
      <main id="content">
        <LineBanner stand={undefined} />
        <p>{t("picture.notYet")}</p>
      </main>
    );
  }
  return <PictureView crisisId={crisisId} picture={picture} />;
}

/** `readOnly`: a picture of the past (a replay): no actions, no facility details, no live occupancy history. */
export function PictureView({ crisisId, picture, readOnly = false }: { crisisId: string; picture: Picture; readOnly?: boolean }) {
  const [open, setOpen] = useState<Open>();
  const now = useMinuteClock();
  const board = picture.accommodation;
  const openFacility = useCallback((facilityId: string) => { if (!readOnly) setOpen({ what: "facility", facilityId }); }, [readOnly]);
  const points = useOccupancy(board, !readOnly);
  const stand = standOf(picture);
  const lost = lineState.value === "lost";
  const openGuarded = async (what: "escalate" | "close") =>
    setOpen({ what, etag: (await getWithETag(`/api/situation/crises/${crisisId}`)).etag });

  return (
    <main id="content" class={lost ? "picture picture--stale" : "picture"} aria-busy={lost}>
      <LineBanner stand={stand} />
      <header class="picture__head">
        <div>
          <h1 data-crisis-name>{picture.name}</h1>
          <p class="picture__meta">
            <span>{t("picture.region")}: {picture.region}</span>
            <span class={`level level--${picture.level}`}>{t("picture.level", { level: picture.level })}</span>
            <span>{t("picture.status", { status: t(`status.${picture.status}`) })}</span>
          </p>
        </div>
        <p class="stand" data-stand>{stand ? t("picture.stand", { time: hhmmss(stand) }) : ""}</p>
        <div class="picture__actions no-print">
          {!readOnly && canLead.value && picture.status === "open" && (
            <>
              <button type="button" class="button" onClick={() => void openGuarded("escalate")}>{t("picture.escalate")}</button>
              <button type="button" class="button" onClick={() => void openGuarded("close")}>{t("picture.close")}</button>
            </>
          )}
          {!readOnly && canChange.value && (
            <>
              <button type="button" class="button" onClick={() => setOpen({ what: "register" })}>{t("acc.register")}</button>
              <button type="button" class="button button--primary" onClick={() => setOpen({ what: "place" })}>{t("acc.place")}</button>
            </>
          )}
          <button type="button" class="button" onClick={() => window.print()}>{t("picture.print")}</button>
          <a class="button" href={paths.crises()} onClick={followLink}>{t("picture.back")}</a>
        </div>
      </header>
      <section aria-labelledby="acc-title" class="accommodation">
        <h2 id="acc-title">{t("acc.title")}</h2>
        <DistrictTotals district={board.district} />
        <div class="picture__grid">
          <TownBars towns={board.towns} />
          <Feed lines={picture.feed ?? []} />
        </div>
        <FacilityTable facilities={board.facilities} staleAfterMs={(board.staleAfterSeconds ?? 86_400) * 1000} now={now} onOpen={openFacility} />
        <div class="picture__grid">
          <OccupancyChart points={points} />
          <FreeByTownChart towns={board.towns} />
        </div>
      </section>
      {modules.flatMap((m) => m.pictureSections).map((Section, i) => <Section key={i} crisisId={crisisId} picture={picture} />)}
      {open && (
        <Dialog label={t("acc.details")} onClose={() => setOpen(undefined)}>
          {open.what === "register" && <RegisterFacilityForm done={() => setOpen(undefined)} onCancel={() => setOpen(undefined)} />}
          {open.what === "place" && <PlaceHouseholdForm crisisId={crisisId} done={() => setOpen(undefined)} onCancel={() => setOpen(undefined)} />}
          {open.what === "escalate" && (
            <EscalateCrisisForm crisisId={crisisId} level={picture.level} etag={open.etag} done={() => setOpen(undefined)} onCancel={() => setOpen(undefined)} />
          )}
          {open.what === "close" && <CloseCrisisForm crisisId={crisisId} etag={open.etag} done={() => setOpen(undefined)} onCancel={() => setOpen(undefined)} />}
          {open.what === "facility" && (
            <FacilityPanel
              facilityId={open.facilityId}
              crisisId={crisisId}
              board={board.facilities}
              lastChange={board.facilities.find((f) => f.facilityId === open.facilityId)?.lastChange}
            />
          )}
        </Dialog>
      )}
    </main>
  );
}

/** Re-renders once a minute, so that "Angaben vor 26 h bestätigt" ages on a wall screen nobody touches. */
function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const maxPoints = 2000;

/**
 * The occupancy route's history, then the district's figures after every live change — derived while rendering,
 * so that a push costs one render, not two.
 */
function useOccupancy(board: Board, withHistory: boolean): OccupancyPoint[] {
  const [history, setHistory] = useState<OccupancyPoint[]>([]);
  const live = useRef<OccupancyPoint[]>([]);
  useEffect(() => {
    if (withHistory) void get<OccupancyPoint[]>("/api/accommodation/occupancy").then(setHistory).catch(() => undefined);
  }, [withHistory]);
  return useMemo(() => {
    const at = board.lastChange;
    if (at && !live.current.some((p) => p.at === at)) live.current = [...live.current, { at, ...board.district }].slice(-maxPoints);
    const since = history.at(-1)?.at ?? "";
    return [...history, ...live.current.filter((p) => p.at > since)].slice(-maxPoints);
  }, [history, board.lastChange]);
}
