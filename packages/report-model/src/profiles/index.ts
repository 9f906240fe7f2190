import type { Profile } from "../profile.js";
import { fazhiAnnualProfile } from "./fazhi-annual.js";
import { zhengwuGongkaiAnnualProfile } from "./zhengwu-gongkai-annual.js";

/**
 * Every built-in profile by id. `fazhi-annual` is the default. A null-prototype object, so a user's
 * id such as "constructor" or "__proto__" finds nothing instead of Object's own members.
 */
export const PROFILES: Readonly<Record<string, Profile>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Profile>, {
    "fazhi-annual": fazhiAnnualProfile,
    "zhengwu-gongkai-annual": zhengwuGongkaiAnnualProfile,
  }),
);

export const DEFAULT_PROFILE_ID = "fazhi-annual";
