/**
 * Charts for the xlsx writer. ExcelJS cannot write charts, so the finished package is opened
 * again with JSZip (the zip library ExcelJS itself uses) and each chart is added as plain
 * OOXML parts: xl/charts/chartN.xml (a DrawingML c:barChart), xl/drawings/drawingN.xml (a
 * twoCellAnchor graphicFrame pointing at it), their relationships and the content-type
 * overrides. No file I/O: works in the CLI and in the task pane.
 */

import JSZip from "jszip";
import type { ChartModel } from "../core/workbook/chart-model";
import { columnLetters, columnNumber, quoteSheetName } from "../core/a1";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Series colours (Office theme accents), repeated when there are more series. */
const COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** Escapes text for XML content and double-quoted attributes (apostrophes stay as they are). */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"]/g, (ch) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot" }[ch] ?? ""};`);
}

/** "B60:E81" → bounds; anything else → null. */
export function parseBlock(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return null;
  return { left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) };
}

const abs = (sheet: string, r1: number, c1: number, r2 = r1, c2 = c1): string =>
  `${quoteSheetName(sheet)}!$${columnLetters(c1)}$${r1}` +
  (r1 === r2 && c1 === c2 ? "" : `:$${columnLetters(c2)}$${r2}`);

/** A c:strCache of texts. */
function strCache(texts: readonly string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(t)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache>`;
}

/** A c:numCache of `count` points; a null value has no point (an empty cell). */
function numCache(values: readonly (number | null)[], count: number): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${pts}</c:numCache>`;
}

/**
 * The DrawingML chart part of a clustered bar chart: categories from the source block's first
 * column, one series per further column named by its header cell. The category axis runs
 * top-down (first kecamatan on top), so the value axis crosses at the maximum category.
 */
export function chartXml(sheet: string, chart: ChartModel): string {
  const b = parseBlock(chart.source);
  if (!b || b.right <= b.left || b.bottom <= b.top)
    throw new Error(`rentang grafik tidak sah: ${chart.source}`);
  const series: string[] = [];
  const cache = chart.cache;
  for (let c = b.left + 1; c <= b.right; c++) {
    const i = c - b.left - 1;
    // Cached values let previewers (and Excel in Protected View) draw the bars unrecalculated.
    const name = cache ? strCache([cache.series[i] ?? ""]) : "";
    const cats = cache ? strCache(cache.categories) : "";
    const vals = cache ? numCache(cache.values[i] ?? [], cache.categories.length) : "";
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${xmlEscape(abs(sheet, b.top, c))}</c:f>${name}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlEscape(abs(sheet, b.top + 1, b.left, b.bottom, b.left))}</c:f>${cats}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(abs(sheet, b.top + 1, c, b.bottom, c))}</c:f>${vals}</c:numRef></c:val>` +
        `</c:ser>`,
    );
  }
  const fmt = xmlEscape(chart.valueFormat ?? "General");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${xmlEscape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${fmt}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/>` +
    `<c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: ChartModel, index: number, relId: string): string {
  const pos = (tag: string, p: { row: number; col: number }): string =>
    `<xdr:${tag}><xdr:col>${p.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${pos("from", chart.from)}${pos("to", chart.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Grafik ${index + 1}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** The worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) out.set(unescapeXml(name), part);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] ?? "",
  );
}

/** Worksheet children that must come after <drawing> (CT_Worksheet sequence). */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * Adds the charts to an xlsx package written by ExcelJS.
 * @param xlsx the package bytes.
 * @param charts per sheet name, the charts to draw on it (one drawing part per sheet).
 * @returns the new package bytes (unchanged content when there are no charts).
 */
export async function addCharts(
  xlsx: Uint8Array,
  charts: ReadonlyMap<string, readonly ChartModel[]>,
): Promise<Uint8Array> {
  const wanted = [...charts].filter(([, list]) => list.length > 0);
  if (wanted.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let chartNo = 0;
  let drawingNo = 0;
  const free = (prefix: string, n: number): number => {
    let k = n;
    while (zip.file(`${prefix}${k}.xml`)) k++;
    return k;
  };
  for (const [sheet, list] of wanted) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`lembar "${sheet}" tidak ada di berkas untuk grafik`);
    drawingNo = free("xl/drawings/drawing", drawingNo + 1);
    const anchors: string[] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    list.forEach((chart, i) => {
      chartNo = free("xl/charts/chart", chartNo + 1);
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`,
      );
      drawingRels.push({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
      anchors.push(anchorXml(chart, i, `rId${i + 1}`));
    });
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
        `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/></Types>`,
    );

    // The sheet's relationships: keep ExcelJS's own, add the drawing under a fresh id.
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const oldRels = (await zip.file(relsPath)?.async("string")) ?? "";
    const existing = [...oldRels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]);
    let id = existing.length + 1;
    while (oldRels.includes(`Id="rId${id}"`)) id++;
    const drawingRel = `<Relationship Id="rId${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    zip.file(
      relsPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${existing.join("")}${drawingRel}</Relationships>`,
    );
    let xml = (await zip.file(part)?.async("string")) ?? "";
    if (!/xmlns:r=/.test(xml.slice(0, 600)))
      xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS_REL}" `);
    const at = AFTER_DRAWING.exec(xml);
    if (!at) throw new Error(`lembar "${sheet}" tidak dapat diberi grafik`);
    xml = `${xml.slice(0, at.index)}<drawing r:id="rId${id}"/>${xml.slice(at.index)}`;
    zip.file(part, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
