/** The taxonomy in force: the built-in one plus the user's additions from the settings. */
import { parseTaxonomyYaml, type RotationLensSettings } from "../core/settings/settings";
import { defaultTaxonomy, extendTaxonomy, type Taxonomy } from "../core/taxonomy/taxonomy";

export function taxonomyFromSettings(settings: RotationLensSettings): Taxonomy {
  const { additions, error } = parseTaxonomyYaml(settings.taxonomyYaml);
  return error || Object.keys(additions).length === 0 ? defaultTaxonomy : extendTaxonomy(defaultTaxonomy, additions);
}
