import type { Probes } from "../generate.js";

/** Probes for reading the questions' statement texts, which never depend on the probes' values. */
export const PLACEHOLDER_PROBES: Probes = {
  meetingId: "",
  series: "",
  busiestOfficialId: "",
  connectionFrom: "",
  connectionTo: "",
  namePrefix: "",
  searchText: "placeholder",
  title: "",
  countryId: "",
  on: "",
};
