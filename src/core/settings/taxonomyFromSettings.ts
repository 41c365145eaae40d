/** The taxonomy in force: the built-in one plus the user's additions from the settings. */
import { parseTaxonomyYaml, type RotationLensSettings } from "./settings";
import { defaultTaxonomy, extendTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";

export function taxonomyFromSettings(settings: RotationLensSettings): Taxonomy {
  const { additions, error } = parseTaxonomyYaml(settings.taxonomyYaml);
  return error || Object.keys(additions).length === 0 ? defaultTaxonomy : extendTaxonomy(defaultTaxonomy, additions);
}
