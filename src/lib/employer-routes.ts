/** How /bermitra/ and its CMS preview lay out one employer route (issue 13). */
import type { UiKey } from '../i18n/t';

/** The parts of a route (fields of content/data/employers.yaml) and their labels, in the order a business reads them. */
export const ROUTE_PARTS = [
  ['business', 'partnerPage.routes.business'],
  ['lapas', 'partnerPage.routes.lapas'],
  ['bapas', 'partnerPage.routes.bapas'],
  ['legalBasis', 'partnerPage.routes.legal'],
  ['timeline', 'partnerPage.routes.timeline'],
  ['firstStep', 'partnerPage.routes.firstStep'],
] as const satisfies readonly (readonly [string, UiKey])[];
