/**
 * The two source documents as ready-made profiles. Each call returns a fresh copy, so a
 * caller (task pane form, CLI) may edit it freely.
 */
import type { Profile } from "../profile";
import { randuagung2025 } from "./randuagung-2025";
import { sumbersuko2020 } from "./sumbersuko-2020";

export const PRESET_NAMES = ["randuagung-2025", "sumbersuko-2020"] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

const BUILDERS: Record<PresetName, () => Profile> = {
  "randuagung-2025": randuagung2025,
  "sumbersuko-2020": sumbersuko2020,
};

/** The profile of preset `name` (exact, case-insensitive), or undefined for an unknown name. */
export function presetProfile(name: string): Profile | undefined {
  const key = name.trim().toLowerCase();
  const found = PRESET_NAMES.find((p) => p === key);
  return found ? BUILDERS[found]() : undefined;
}
