// Preset lessons: files in lessons/ that name 2 to 4 policies (library scenarios, optionally with
// lever settings), the seed, scale and length, and a teaching note. Validated with zod; problems
// throw LessonError with one line naming the field, the value and what was expected.
import { z } from 'zod';
import { findScenario } from '../../sim/library';
import { HEADLINE_METRICS } from '../../sim/metrics';
import { paramOverridesSchema } from '../../sim/params';
import { runSettingSchema } from '../../sim/scenario';
import { describeIssues } from '../../sim/validation';
import borderVsInterior from '../../../lessons/border-vs-interior.json' with { type: 'json' };
import victimProtection from '../../../lessons/victim-protection.json' with { type: 'json' };
import pathwaysVsSurge from '../../../lessons/pathways-vs-surge.json' with { type: 'json' };

export const MIN_POLICIES = 2;
export const MAX_POLICIES = 4;

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as "YYYY-MM"');

export const lessonPolicySchema = z.strictObject({
  label: z.string().min(1).max(60),
  scenario: z.string().refine((name) => findScenario(name) !== undefined, { message: 'expected a library scenario name' }),
  set: paramOverridesSchema.default({}),
});

export const bookmarkSchema = z.strictObject({ at: monthText, label: z.string().min(1).max(120) });

/** A difference the lesson is about: policy `policy` (1-based, 2 or more) minus the first, on a headline
 *  outcome over the whole run, and the direction its teaching note states (checked over the lesson's seeds). */
export const headlineSchema = z.strictObject({
  policy: z.number().int().min(2).max(MAX_POLICIES),
  metric: z.enum(HEADLINE_METRICS as [string, ...string[]]),
  direction: z.enum(['up', 'down']),
});

/** Most paired seeds a comparison runs. */
export const MAX_SEEDS = 50;

export const lessonSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'expected lower-case letters, digits and "-"'),
    title: z.string().min(1).max(120),
    summary: z.string().max(600),
    seed: runSettingSchema('seed'),
    scale: runSettingSchema('scale'),
    years: runSettingSchema('years'),
    /** Paired seeds the comparison opens with, so its headline differences come with a band across seeds. */
    seeds: z.number().int().min(1).max(MAX_SEEDS).default(1),
    policies: z.array(lessonPolicySchema).min(MIN_POLICIES).max(MAX_POLICIES),
    bookmarks: z.array(bookmarkSchema).max(50).default([]),
    /** The lesson's headline differences: beyond noise over its seeds, in the stated direction. */
    headline: z.array(headlineSchema).max(4).default([]),
    teachingNote: z.strictObject({
      pointAt: z.array(z.string().min(1).max(400)).min(1).max(10),
      modelShows: z.string().min(1).max(800),
      modelDoesNotShow: z.string().min(1).max(800),
      language: z.string().min(1).max(800),
    }),
  })
  .refine((lesson) => lesson.headline.every((h) => h.policy <= lesson.policies.length), {
    message: "expected each headline policy to be one of the lesson's policies (2 to the number of policies)",
    path: ['headline'],
  });

export type Lesson = z.output<typeof lessonSchema>;
export type LessonPolicy = z.output<typeof lessonPolicySchema>;
export type Bookmark = z.output<typeof bookmarkSchema>;
export type Headline = z.output<typeof headlineSchema>;

/** A lesson file that does not fit the schema, with a one-line message. */
export class LessonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LessonError';
  }
}

/** Validates parsed JSON as a lesson; throws LessonError naming the first problems. */
export function parseLesson(input: unknown, origin = 'lesson'): Lesson {
  const result = lessonSchema.safeParse(input);
  if (result.success) return result.data;
  throw new LessonError(describeIssues(origin, input, result.error.issues));
}

/** Parses a lesson file's text; throws LessonError for bad JSON or a bad lesson. */
export function parseLessonText(text: string, origin = 'lesson'): Lesson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LessonError(`${origin}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  return parseLesson(data, origin);
}

/** The shipped lessons, validated, in teaching order. */
export const LESSONS: readonly Lesson[] = [borderVsInterior, victimProtection, pathwaysVsSurge].map((data) =>
  parseLesson(data, `lessons/${(data as { name: string }).name}.json`),
);

export const DEFAULT_LESSON = LESSONS[0].name;

/** The shipped lesson with this name, or undefined. */
export function findLesson(name: string): Lesson | undefined {
  return LESSONS.find((l) => l.name === name);
}
