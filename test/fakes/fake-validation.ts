/** Data validation of a fake Range (see ./fake-range.ts). */

import { rectAddress } from "../../src/core/a1";
import { FakeContext, FakeProxy } from "./fake-proxy";
import type { FakeRange } from "./fake-range";
import { intersects, type FakeValidation } from "./fake-state";

export class FakeDataValidation extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  protected defaultProps(): string[] {
    return ["type"];
  }

  protected snapshot(prop: string): unknown {
    if (prop !== "type") throw new Error(`fake: properti DataValidation.${prop} tidak didukung`);
    const { sheet, rect } = this.range.resolved();
    const hits = sheet.validations.filter((v) => intersects(v.rect, rect));
    if (hits.length === 0) return "None";
    if (hits.length > 1 || rectAddress(hits[0].rect) !== rectAddress(rect)) return "Inconsistent";
    const rule = hits[0].rule as Record<string, unknown> | null;
    const kind = rule ? Object.keys(rule)[0] : "";
    return { list: "List", wholeNumber: "WholeNumber", decimal: "Decimal", date: "Date" }[kind] ?? "Custom";
  }

  get type(): string {
    return this.read("type");
  }

  /** The validation on exactly this range; a partly overlapping one is an error here. */
  private slot(): FakeValidation {
    const { sheet, rect } = this.range.resolved();
    const same = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(rect));
    if (same) return same;
    if (sheet.validations.some((v) => intersects(v.rect, rect))) {
      throw new Error(`fake: validasi bertumpuk di ${rectAddress(rect)}`);
    }
    const v: FakeValidation = { rect, rule: null, prompt: null, errorAlert: null };
    sheet.validations.push(v);
    return v;
  }

  set rule(v: unknown) {
    this.ctx.enqueue(() => (this.slot().rule = v));
  }
  set prompt(v: unknown) {
    this.ctx.enqueue(() => (this.slot().prompt = v));
  }
  set errorAlert(v: unknown) {
    this.ctx.enqueue(() => (this.slot().errorAlert = v));
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.range.resolved();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}
