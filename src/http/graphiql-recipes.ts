/**
 * The example operations GraphiQL opens with, one tab each. They double as the
 * README's "analyst recipes", and tests run them against the seed graph, so they stay
 * valid as the schema grows. Ids are opaque: each one here is read from corpus/annotations.
 */
export interface Recipe {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const RECIPES: Recipe[] = [
  {
    title: "Search by name (English)",
    // The first tab opens with its query but an empty variables editor (GraphiQL 3.8 fills
    // that editor from storage, not from defaultTabs), so this one takes its text inline.
    query: `# Who is "Sophea"? Two Cambodian officials share the name;
# \`context\` tells them apart by office, organisation and country.
# Case and diacritics are ignored ("hôi an" finds Hoi An), the
# last word may be unfinished ("kung pho"), and
# \`kinds: [Official]\` would keep only officials.
query SearchByName {
  search(text: "Sophea", first: 10) {
    entity { id kind name }
    matchedName
    context
    score
  }
}`,
  },
  {
    title: "Search in Thai",
    query: `# Thai names are searched as Thai words: "กรมอาเซียน" (Department of ASEAN
# Affairs) or "วังแพน" find the department and its Director-General, with the
# English names and every alias recorded for them.
query SearchInThai($text: String!) {
  search(text: $text, first: 10) {
    entity {
      id
      kind
      name
      aliases { name lang script }
    }
    matchedName
    context
  }
}`,
    variables: { text: "กรมอาเซียน" },
  },
  {
    title: "An official's page",
    query: `# What offices has Sok Chenda Sophea held, since when, and which meetings did he
# attend for whom? Every fact carries the sentences that state it and their article.
query OfficialPage($id: ID!) {
  official(id: $id) {
    name
    aliases { name lang }
    positions {
      title
      other { id name }
      from { value precision text }
      span { certainStart certainEnd possibleStart possibleEnd }
      evidence { quote article { title url } }
    }
    participations {
      role
      country { name }
      other { id name ... on Meeting { start { value } } }
      evidence { quote }
    }
  }
}`,
    variables: { id: "official:s47nxbs4rl" },
  },
  {
    title: "A meeting: participants, frameworks and topics",
    query: `# Who took part in the 17th HLTF-ACV meeting, in which role and for which
# country; where it was held; which frameworks it discussed; and which other
# topics (matters that are not frameworks, such as disaster preparedness).
query MeetingPage($id: ID!) {
  meeting(id: $id) {
    name
    series
    ordinal
    start { value precision text }
    end { value }
    places { other { name } }
    context { type other { name } }
    participants {
      role
      country { name }
      other { id kind name }
      evidence { quote }
    }
    frameworks {
      type
      mode
      other { id name }
    }
    topics {
      mode
      other { id name description }
      evidence { quote }
    }
  }
}`,
    variables: { id: "meeting:megjzr6x2n" },
  },
  {
    title: "Who attended with whom",
    query: `# Which officials sat in the same meetings as Sok Chenda Sophea (Cambodia's
# foreign minister), and in which meetings?
query Counterparts($id: ID!, $minShared: Int! = 1) {
  official(id: $id) {
    name
    counterparts(minShared: $minShared) {
      entity { id name }
      sharedMeetingCount
      sharedMeetings { id name start { value } }
    }
  }
}`,
    variables: { id: "official:s47nxbs4rl", minShared: 1 },
  },
  {
    title: "How two entities are connected",
    query: `# How is Cambodia's Kung Phoak connected to Thailand's Phonphong Wangphaen?
# The shortest chains of facts between them, each step with its evidence.
query Connection($from: ID!, $to: ID!, $maxHops: Int! = 4) {
  connection(from: $from, to: $to, maxHops: $maxHops, first: 3) {
    length
    steps {
      from { name }
      to { name }
      relation { type role evidence { quote } }
    }
  }
}`,
    variables: { from: "official:gct3sfqxbx", to: "official:y6uvverkdj", maxHops: 4 },
  },
  {
    title: "An entity's neighbourhood",
    query: `# What surrounds the 16th ASCCO meeting: the entities and facts one step away,
# as nodes and edges ready to draw.
query Neighbourhood($id: ID!, $hops: Int! = 1) {
  entity(id: $id) {
    name
    neighbourhood(hops: $hops) {
      nodes { id kind name }
      edges { id type source target }
      truncated
    }
  }
}`,
    variables: { id: "meeting:rr2a2sjjqn", hops: 1 },
  },
  {
    title: "Who held an office on a date",
    query: `# Who was Cambodia's Minister of Foreign Affairs on 29 January 2024? CERTAIN when
# the evidence shows them in office that day, POSSIBLE when it only leaves it open.
query OfficeHolders($title: String!, $on: LocalDate!, $country: ID) {
  officeHolders(title: $title, on: $on, country: $country) {
    official { id name }
    organisation { name }
    title
    certainty
    relation {
      from { value text }
      evidence { quote article { title } }
    }
  }
}`,
    variables: { title: "Minister of Foreign Affairs", on: "2024-01-29", country: "country:KHM" },
  },
  {
    title: "An entity's timeline",
    query: `# Kung Phoak's facts in time order: offices as the articles show them, and the
# meetings he led Cambodia's delegation to.
query Timeline($id: ID!) {
  entity(id: $id) {
    name
    timeline {
      date { value precision }
      relation { type title role other { name } }
    }
  }
}`,
    variables: { id: "official:gct3sfqxbx" },
  },
  {
    title: "Meetings in a date range",
    query: `# Which meetings took place in 2024, newest first, and where?
query MeetingsIn2024($from: LocalDate, $to: LocalDate) {
  meetings(filter: { from: $from, to: $to }, first: 20) {
    totalCount
    nodes {
      id
      name
      start { value precision }
      places { other { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { from: "2024-01-01", to: "2024-12-31" },
  },
  {
    title: "Officials of a country",
    query: `# Which Cambodian officials does the graph know: those holding office in Cambodia
# or its organisations, or who represented it at a meeting?
query OfficialsOfCountry($country: ID) {
  officials(filter: { country: $country }, first: 20) {
    totalCount
    nodes {
      id
      name
      positions { title other { name } }
    }
  }
}`,
    variables: { country: "country:KHM" },
  },
  {
    title: "Meetings per country per year",
    query: `# How many meetings per country per year? One statement, whatever the number of
# groups. The filter is the \`meetings\` list's own, so each group's count is what
# that list would total. \`years: CERTAIN\` keeps a meeting only in a year its
# partial date certainly falls in; \`ids\` lists a few meetings of each group.
# Try \`of: PARTICIPATIONS, by: [COUNTRY, ROLE]\` or \`of: POSITIONS, by: [COUNTRY]\`.
query MeetingsPerCountryPerYear($from: LocalDate, $to: LocalDate) {
  counts(of: MEETINGS, by: [COUNTRY, YEAR], years: POSSIBLE, meetings: { from: $from, to: $to }, ids: 3, orderBy: KEY_ASC) {
    total
    buckets {
      keys { dimension value name }
      count
      ids
    }
    truncated
  }
}`,
    variables: { from: "2022-01-01", to: "2025-12-31" },
  },
  {
    title: "Participations by role and kind of participant",
    query: `# Who took part in meetings, and how? Participation facts grouped by role and by
# the kind of participant (Official, Organisation, Country).
query ParticipationsByRole {
  counts(of: PARTICIPATIONS, by: [ROLE, KIND]) {
    total
    buckets { keys { value name } count }
  }
}`,
  },
  {
    title: "What changed lately",
    query: `# What changed lately, and who changed it? Every ingest that changes an
# article, and every removal, leaves a revision. \`article:\` narrows it to one
# article (a removed one too), \`by:\` to one editor.
query RecentChanges {
  revisions(first: 10) {
    seq
    action
    by
    via
    at
    articleId
    article { title }
    factsCreated
    factsRemoved
    evidenceAdded
    evidenceRemoved
  }
}`,
  },
];
