/**
 * @neo4j/graphql type definitions over Diplograph's labels and relationship types, written
 * as its users would: nodes and relationships declared, and what the generated API cannot
 * say (co-attendance, shortest paths, neighbourhoods, office holders on a day, full-text
 * search) as `@cypher` fields.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Position @relationshipProperties {
    title: String
    fromValue: String
    possibleStart: String
    possibleEnd: String
  }

  type Participation @relationshipProperties {
    role: String
    countryId: String
  }

  type Counterpart {
    id: ID!
    name: String!
    sharedMeetingCount: Int!
  }

  type OfficeHolder {
    id: ID!
    name: String!
    title: String!
  }

  type Official @node(labels: ["Official", "Entity"]) {
    id: ID!
    name: String!
    sortName: String
    positions: [Organisation!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "Position")
    participations: [Meeting!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    counterparts(first: Int = 20): [Counterpart!]!
      @cypher(
        statement: """
        MATCH (this)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Official)
        WHERE other <> this
        WITH other, count(DISTINCT m) AS shared
        ORDER BY shared DESC, other.sortName, other.id
        LIMIT $first
        RETURN {id: other.id, name: other.name, sharedMeetingCount: shared} AS counterpart
        """
        columnName: "counterpart"
      )
  }

  type Organisation @node(labels: ["Organisation", "Entity"]) {
    id: ID!
    name: String!
  }

  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String!
  }

  type Meeting @node(labels: ["Meeting", "Entity"]) {
    id: ID!
    name: String!
    series: String
    ordinal: Int
    startValue: String
    dateEarliest: String
    dateLatest: String
    participants: [Official!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    neighbourhood: [String!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(n:Entity) WHERE r.factId IS NOT NULL
        RETURN startNode(r).id + '>' + type(r) + '>' + endNode(r).id AS edge
        LIMIT 50
        """
        columnName: "edge"
      )
  }

  type Query {
    connection(from: ID!, to: ID!): [String!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = allShortestPaths((a)-[*..4]-(b))
        WHERE all(r IN relationships(p) WHERE r.factId IS NOT NULL)
        RETURN reduce(s = a.id, n IN tail(nodes(p)) | s + '>' + n.id) AS path
        """
        columnName: "path"
      )
    officeHolders(title: String!, country: ID!, on: String!): [OfficeHolder!]!
      @cypher(
        statement: """
        MATCH (o:Official)-[r:HOLDS_POSITION]->(g)-[:BELONGS_TO*0..3]->(:Country {id: $country})
        WHERE r.title = $title
          AND ((coalesce(r.possibleStart, $on) <= $on AND $on <= coalesce(r.possibleEnd, $on))
               OR (r.certainStart <= $on AND $on <= r.certainEnd))
        WITH DISTINCT o, r
        RETURN {id: o.id, name: o.name, title: r.title} AS holder
        """
        columnName: "holder"
      )
    searchOfficials(query: String!): [Official!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 500}) YIELD node, score
        WHERE node:Official
        RETURN node ORDER BY score DESC, node.sortName, node.id LIMIT 20
        """
        columnName: "node"
      )
  }
`;
