/** One environment variable that cannot be used as given. */
export interface ConfigProblem {
  variable: string;
  /** As found, trimmed; "<redacted>" for a secret. */
  value: string;
  /** The form the variable takes, said the way a person starting a server reads it. */
  expected: string;
}

/**
 * Stops start-up: names each invalid variable, the value it found and the form it
 * expected, because the person reading it is starting a server and must fix all of them.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly [ConfigProblem, ...ConfigProblem[]]) {
    super(problems.map((p) => `${p.variable}=${JSON.stringify(p.value)} is invalid: expected ${p.expected}.`).join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
  }

  /** The first problem's variable: the one a single-line report names. */
  get variable(): string {
    return this.problems[0]!.variable;
  }
}
