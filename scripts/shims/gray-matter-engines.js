// Replaces gray-matter's lib/engines.js in every bundle: YAML through the `yaml` package and JSON only.
// gray-matter's own table carries a JavaScript engine that evals front matter and pulls in js-yaml;
// neither belongs in a plugin that reads untrusted notes.
const YAML = require("yaml");

function refuse() {
  throw new Error("front matter language not supported");
}

module.exports = {
  yaml: { parse: (text) => YAML.parse(text, { schema: "core" }), stringify: (data) => YAML.stringify(data) },
  json: { parse: (text) => JSON.parse(text), stringify: (data) => JSON.stringify(data, null, 2) },
  javascript: { parse: refuse, stringify: refuse },
  js: { parse: refuse, stringify: refuse },
};
