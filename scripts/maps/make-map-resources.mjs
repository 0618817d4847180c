// Writes the state outlines the pattern maps draw on the server (docs/patterns.md):
//   cd scripts/maps && npm install && npm run build
// US: us-atlas 3.0.1 (ISC, Mike Bostock; U.S. Census Bureau cartographic boundaries 1:10m), the
//     states already projected to Albers USA in a 975×610 box; paths drawn by d3-geo with no
//     further projection, coordinates rounded to 0.1.
// MX: @svg-maps/mexico 2.0.0 (CC BY 4.0, VictorCazanave/svg-maps: the page credits it), paths as
//     published in a 793×498 box, ids turned into ISO 3166-2:MX codes (gua -> MX-GUA).
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";
import { geoPath } from "d3-geo";
import mexico from "@svg-maps/mexico";

const OUT = "../../src/main/resources/org/jornada/pattern/control/";
const FIPS = {
  "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE", "11": "DC",
  "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA", "20": "KS", "21": "KY",
  "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT",
  "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND", "39": "OH",
  "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT",
  "50": "VT", "51": "VA", "53": "WA", "54": "WV", "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP",
  "72": "PR", "78": "VI",
};

const round = (d) => d.replace(/-?\d+\.\d+/g, (n) => (Math.round(parseFloat(n) * 10) / 10).toString());

const us = JSON.parse(readFileSync("node_modules/us-atlas/states-albers-10m.json", "utf8"));
const path = geoPath(null);
const states = feature(us, us.objects.states).features
  .filter((f) => FIPS[f.id])
  .map((f) => ({ id: FIPS[f.id], name: f.properties.name, path: round(path(f)) }))
  .sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(OUT + "us-states.json", JSON.stringify({
  source: "us-atlas 3.0.1 states-albers-10m.json (ISC licence, Mike Bostock; U.S. Census Bureau cartographic boundary files)",
  viewBox: "0 0 975 610", states }) + "\n");

const mx = mexico.locations.map((l) => ({ id: "MX-" + l.id.toUpperCase(), name: l.name, path: l.path }))
  .sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(OUT + "mx-states.json", JSON.stringify({
  source: "@svg-maps/mexico 2.0.0 (CC BY 4.0, https://github.com/VictorCazanave/svg-maps)",
  viewBox: mexico.viewBox, states: mx }) + "\n");
console.log(`US states: ${states.length}, Mexican states: ${mx.length}`);
