/** Latin names folded, and Thai; defined with the analyzers start-up checks. */
export { NAME_INDEXES } from "../../neo4j/fulltext-indexes.js";
