# The API only: in Docker, Neo4j runs as its own service (docker-compose.yml), so the
# image needs no Java.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
# The explore and review pages, bundled once into dist/web; nothing is fetched when they run.
COPY scripts/build-web.ts ./scripts/
COPY web ./web
RUN node --import tsx scripts/build-web.ts
COPY src ./src
COPY cypher ./cypher
COPY corpus ./corpus
COPY schema ./schema
USER node
EXPOSE 4000
# The V8 heap bounds `npm start` gives (README, "Memory"): without them, V8 lets garbage pile
# up to several times the live heap before collecting it. Set NODE_OPTIONS to change it.
ENV NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=8"
CMD ["node", "--import", "tsx", "src/main.ts"]
