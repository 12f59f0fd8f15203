# One image for both processes: `node ... dist/apps/api/src/main.js` or `... dist/apps/worker/src/main.js`.
# The api also serves the web UI (apps/admin-web, its own package, built here into apps/admin-web/dist) under /app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY apps/admin-web/package.json apps/admin-web/package-lock.json ./apps/admin-web/
RUN npm ci --prefix apps/admin-web --no-audit --no-fund
COPY . .
RUN npm run build --prefix apps/admin-web && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/admin-web/dist ./apps/admin-web/dist
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/scripts/register-paths.js ./scripts/register-paths.js
EXPOSE 3000
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/api/src/main.js"]
