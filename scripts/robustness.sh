#!/bin/sh
# Policy effects across plausible worlds and the assumptions that decide them (issue 24): a compare
# over posterior draws of a calibration, and a paired Sobol' analysis of each policy against the
# baseline. Writes docs/results/robustness/, which `npm run docs:robustness` renders into
# docs/ROBUSTNESS.md. Slow: run it with nice on a quiet machine. Sizes can be changed, e.g. the
# issue's target: DRAWS=100 REPLICATES=4 SAMPLES=64 SCALE=50 sh scripts/robustness.sh
set -e
CALIBRATION=${CALIBRATION:-docs/results/calibration}
POLICIES=${POLICIES:-border-surge interior-employers}
DRAWS=${DRAWS:-100}
REPLICATES=${REPLICATES:-4}
SAMPLES=${SAMPLES:-64}
SOBOL_REPLICATES=${SOBOL_REPLICATES:-1}
SCALE=${SCALE:-50}
YEARS=${YEARS:-10}
WORKERS=${WORKERS:+--workers $WORKERS}
METRICS=${METRICS:-victims_new_total,victims_new_us,victims_new_mexico,victims_new_via_smugglers}
# The evasion gap (calibrated, weakly identified) and assumptions of the sale decision (organized
# crime's reach, U.S. venue demand, the resale markup, how far word of a sale travels); ranges are the
# assumed plausible spans, not the declared limits. Override with FACTORS="--vary a=lo:hi --vary ...".
FACTORS=${FACTORS:---vary behaviour.networkEvasion=0.3:0.9 --vary behaviour.guideEvasion=0.3:0.9 --vary context.organizedCrime=0.1:0.5 --vary behaviour.debtResaleMarkup=0:1 --vary context.usCommercialSexDemand=0.5:1.5 --vary behaviour.saleWordReach=0:1}
OUT=docs/results/robustness
rm -rf "$OUT"
# shellcheck disable=SC2086
npx frontera compare baseline-2003 $POLICIES --posterior "$CALIBRATION" --draws "$DRAWS" --replicates "$REPLICATES" \
  --scale "$SCALE" --years "$YEARS" $WORKERS --quiet --out "$OUT/posterior"
for policy in $POLICIES; do
  # shellcheck disable=SC2086
  npx frontera sobol baseline-2003 "$policy" $FACTORS --samples "$SAMPLES" --replicates "$SOBOL_REPLICATES" --metric "$METRICS" \
    --scale "$SCALE" --years "$YEARS" $WORKERS --quiet --out "$OUT/sobol-$policy"
done
# Keep the tables and the manifests (what was run); the per-run files are large and can be remade.
for dir in "$OUT"/*; do rm -rf "$dir/runs" "$dir/runs.csv" "$dir/plan.json"; done
npm run docs:robustness
