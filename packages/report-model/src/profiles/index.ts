import type { Profile } from "../profile.js";
import { fazhiAnnualProfile } from "./fazhi-annual.js";
import { zhengwuGongkaiAnnualProfile } from "./zhengwu-gongkai-annual.js";

/** Every built-in profile by id. `fazhi-annual` is the default. */
export const PROFILES: Readonly<Record<string, Profile>> = {
  "fazhi-annual": fazhiAnnualProfile,
  "zhengwu-gongkai-annual": zhengwuGongkaiAnnualProfile,
};

export const DEFAULT_PROFILE_ID = "fazhi-annual";
