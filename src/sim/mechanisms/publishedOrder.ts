// The order in which levers and metrics were first published: series columns, the lever panels, the
// schema and the docs follow it, so files and scripts written before the registry still line up.
// Nothing needs adding here: a declaration not listed follows the listed ones, in registry order.

export const PUBLISHED_LEVER_ORDER: readonly string[] = [
  'border.agents', 'border.remoteDeployment', 'border.formalRemovalShare', 'interior.inspectionsPerYear', 'interior.employerFocus',
  'interior.employerSanctionUsd', 'interior.statusVerification', 'protection.tVisaCap', 'protection.tVisaProcessingMonths',
  'protection.cooperationRequired', 'protection.continuedPresencePerYear', 'protection.cooperationResponse', 'pathways.workVisasPerYear',
  'pathways.regularisationShare', 'justice.investigators', 'justice.trainingShare', 'justice.prosecutionCapacity',
  'justice.mexicoProsecutionCapacity', 'justice.ngoOutreach', 'corruption.mexico', 'corruption.us', 'context.povertyRate', 'context.wageGap',
  'context.usLabourDemand', 'context.centralAmericanShare', 'context.sexTourismDemand', 'context.usCommercialSexDemand',
  'context.unregulatedEmployerShare', 'context.organizedCrime', 'context.usStock', 'context.womenShare', 'context.minorShare',
  'behaviour.guideEvasion', 'behaviour.networkEvasion', 'behaviour.guideCostUsd', 'behaviour.networkCostUsd',
  'behaviour.smugglerLossPerApprehensionUsd', 'behaviour.remoteRouteExtraCost', 'behaviour.usMonthlyEarningsUsd', 'behaviour.monthlyDiscountRate',
  'behaviour.screeningSanctionUsd', 'behaviour.offBooksWagePenalty', 'behaviour.homeVisitValueUsd', 'behaviour.contactsPerMigrant',
  'behaviour.bondageCreditUsd', 'behaviour.debtControl', 'behaviour.debtResaleMarkup', 'behaviour.apprehensionCostUsd', 'behaviour.removalCostUsd',
  'behaviour.lifeValueUsd', 'behaviour.choiceScaleUsd', 'behaviour.lureWeight', 'behaviour.retryProbability', 'behaviour.familyHelpUsd',
  'behaviour.newsWeight', 'behaviour.hearsayWeight', 'behaviour.guideCapacity', 'behaviour.networkCapacity', 'behaviour.markupResponse',
  'behaviour.outfitEntryRate', 'behaviour.outfitExitRate', 'behaviour.debtRepaymentUsd',
];

export const PUBLISHED_METRIC_ORDER: readonly string[] = [
  'attempts', 'apprehensions', 'entries', 'legal_entries', 'deaths', 'trips_abandoned', 'returns_home', 'returns_from_us', 'apprehension_rate',
  'attempts_alone', 'apprehensions_alone', 'apprehension_rate_alone', 'attempts_guide', 'apprehensions_guide', 'apprehension_rate_guide',
  'attempts_professional', 'apprehensions_professional', 'apprehension_rate_professional', 'remote_attempts', 'remote_route_share', 'departures',
  'departures_with_smuggler', 'smuggler_use_share', 'smuggler_clients', 'smuggling_fees_usd', 'smuggling_fee_mean_usd', 'professional_clients',
  'professional_smuggler_share', 'smuggling_fee_guide_usd', 'smuggling_fee_network_usd', 'smuggling_cost_guide_usd', 'smuggling_cost_network_usd',
  'smuggling_outfits_guides', 'smuggling_outfits_networks', 'smuggling_outfits_exploitative', 'smuggling_debt_new_usd', 'clients_in_new_debt',
  'smuggling_debt_mean_usd', 'migrants_in_debt', 'kidnappings', 'victims_new_labor', 'victims_new_sexual', 'victims_new_total', 'victims_new_minor',
  'victims_new_via_smugglers', 'victims_new_us', 'victims_new_mexico', 'victims_retrafficked', 'victims_new_entrants', 'victims_per_100k_entrants',
  'victims_new_residents', 'border_city_resident_years', 'victims_per_100k_residents', 'victims_held', 'victims_held_us', 'victims_detected',
  'victims_identified', 'victims_cooperating', 't_visas_granted', 'deportations', 'victims_deported_unidentified', 'victims_reporting',
  'continued_presence_granted', 'prosecutions', 'convictions', 'prosecutions_us', 'convictions_us', 'prosecutions_us_witnessed',
  'convictions_us_witnessed', 'prosecutions_mexico', 'convictions_mexico', 'employers_closed', 'sanctions_paid_usd', 'bribes_businesses', 'bribes',
  'unauthorized_population', 'women_share_unauthorized', 'venues_us', 'venues_mexico', 'coercive_employer_share', 'job_seekers', 'job_finding_rate',
  'expected_earnings_usd',
];

/** The items in published order (by `order`), then those not listed, in the order given. */
export function inPublishedOrder<T>(items: readonly T[], nameOf: (item: T) => string, order: readonly string[]): T[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  const at = (item: T, i: number) => rank.get(nameOf(item)) ?? order.length + i;
  return items.map((item, i) => ({ item, key: at(item, i) })).sort((a, b) => a.key - b.key).map((x) => x.item);
}
