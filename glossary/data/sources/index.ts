import { CENTRAL_POLICY_TERMS } from './central-policy';
import { DIPLOMACY_HONG_KONG_MACAO_TERMS } from './diplomacy-hong-kong-macao';
import { ECONOMY_TERMS } from './economy';
import { GREATER_BAY_AREA_EXTRA_TERMS } from './greater-bay-area-extra';
import { GREATER_BAY_AREA_GUANGDONG_TERMS } from './greater-bay-area-guangdong';
import { INSTITUTIONS_MEETINGS_TERMS, ZHONGSHAN_INSTITUTION_TERMS } from './institutions-meetings';
import { LOCAL_SEED_PHRASE_TERMS } from './local-seed-phrases';
import { PARTY_BUILDING_TERMS } from './party-building';
import { PARTY_STATE_INSTITUTION_TERMS } from './party-state-institutions';
import { PLACE_TERMS } from './places-meizhou-zhongshan';
import { RURAL_ECOLOGY_SOCIAL_TERMS } from './rural-ecology-social';
import { SOCIAL_CULTURE_RURAL_TERMS } from './social-culture-rural-extra';
import type { SourceTerm } from './types';
import { ZHONGSHAN_TERMS } from './zhongshan';

/** Every hand-written term of the built-in term base, in no particular order (the generator sorts by id). */
export const ALL_SOURCE_TERMS: readonly SourceTerm[] = [
  ...PARTY_BUILDING_TERMS,
  ...PARTY_STATE_INSTITUTION_TERMS,
  ...ECONOMY_TERMS,
  ...CENTRAL_POLICY_TERMS,
  ...DIPLOMACY_HONG_KONG_MACAO_TERMS,
  ...RURAL_ECOLOGY_SOCIAL_TERMS,
  ...SOCIAL_CULTURE_RURAL_TERMS,
  ...GREATER_BAY_AREA_GUANGDONG_TERMS,
  ...GREATER_BAY_AREA_EXTRA_TERMS,
  ...ZHONGSHAN_TERMS,
  ...INSTITUTIONS_MEETINGS_TERMS,
  ...ZHONGSHAN_INSTITUTION_TERMS,
  ...LOCAL_SEED_PHRASE_TERMS,
  ...PLACE_TERMS,
];
