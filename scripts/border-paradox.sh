#!/bin/sh
# The border paradox and the headline policies, measured with the experiment machinery: a paired
# comparison of the policy scenarios on common seeds, and a sweep of border.agents. Writes docs/results/border-paradox/,
# which `npm run docs` renders into docs/MODEL.md (section 4.2). Slow: run it with nice on a quiet
# machine. Sizes can be changed: REPLICATES=40 SCALE=10 YEARS=10 sh scripts/border-paradox.sh
set -e
REPLICATES=${REPLICATES:-20}
SCALE=${SCALE:-20}
YEARS=${YEARS:-6}
SWEEP_REPLICATES=${SWEEP_REPLICATES:-10}
OUT=docs/results/border-paradox
rm -rf "$OUT"
npx frontera compare baseline-2003 border-surge interior-employers victim-protection legal-pathways \
  --replicates "$REPLICATES" --scale "$SCALE" --years "$YEARS" --out "$OUT/compare" --quiet
npx frontera sweep baseline-2003 --vary border.agents=3000:25000:5 \
  --replicates "$SWEEP_REPLICATES" --scale "$SCALE" --years "$YEARS" --out "$OUT/sweep" --quiet
# Keep the tables and the manifests (what was run); the per-run files are large and can be remade.
for dir in "$OUT/compare" "$OUT/sweep"; do rm -rf "$dir/runs" "$dir/runs.csv" "$dir/plan.json"; done
