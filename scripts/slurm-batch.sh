#!/bin/bash
# Example Slurm job array: 500 replicates of a scenario split into 10 shards, one per array task,
# each shard using every core it was given; a dependent job merges the shards when all succeed.
#   sbatch scripts/slurm-batch.sh                      # submits the array
#   sbatch --dependency=afterok:<array job id> --wrap "npx frontera merge results/baseline-500/shard-* --out results/baseline-500/all"
# A requeued or re-submitted task continues its shard without redoing finished runs.
#SBATCH --job-name=frontera-batch
#SBATCH --array=1-10
#SBATCH --cpus-per-task=8
#SBATCH --mem=8G
#SBATCH --time=02:00:00
#SBATCH --output=logs/%x-%A_%a.out
set -euo pipefail

SCENARIO=${SCENARIO:-baseline-2003}
REPLICATES=${REPLICATES:-500}
SEED=${SEED:-42}
OUT=${OUT:-results/${SCENARIO}-${REPLICATES}}
SHARDS=${SLURM_ARRAY_TASK_COUNT:-${SLURM_ARRAY_TASK_MAX}}
SHARD=${SLURM_ARRAY_TASK_ID}

mkdir -p logs "$OUT"
npx frontera batch "$SCENARIO" --replicates "$REPLICATES" --seed "$SEED" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" --shard "$SHARD/$SHARDS" --out "$OUT/shard-$SHARD"
