# syntax=docker/dockerfile:1
# CodeSearch: multi-stage image. The index is built at image build time from the official files:
#   downloaded from CDC/CMS (default), or taken from a mirror folder placed in the build context:
#     cp -r ../shared/codesets .mirror && docker build --build-arg SOURCE_MIRROR=.mirror -t codesearch .
# (.mirror/ is git-ignored: official files are never committed.) Every part the server needs (the order files, the
# Tabular List and Alphabetic Index XML, the Neoplasm, Drug and External Cause tables) is fetched and verified
# against index-data/sources.json; if any cannot be had, the build fails.
# The base images are build arguments, so a site without access to the registry can use its own copies
# (tools/docker-smoke.sh makes them locally from a Debian root file system when no registry is reachable).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CodeSearch.Server -c Release -o /app/server \
 && dotnet publish src/CodeSearch.Cli -c Release -o /app/cli

FROM build AS index
ARG SOURCE_MIRROR=
# fetch verifies every file's sha256 against index-data/sources.json, whether downloaded or copied from the mirror,
# and exits non-zero when any release or reference file is missing.
RUN if [ -n "$SOURCE_MIRROR" ]; then \
      dotnet /app/cli/codesearch.dll fetch --source-dir "/src/$SOURCE_MIRROR" --target /data/sources; \
    else \
      dotnet /app/cli/codesearch.dll fetch --target /data/sources; \
    fi \
 && dotnet /app/cli/codesearch.dll index --source-dir /data/sources --index-dir /data/index --require-reference

FROM ${RUNTIME_IMAGE} AS final
WORKDIR /app
COPY --from=build /app/server /app
COPY --from=build /app/cli /app/cli
COPY --from=index --chown=app:app /data /data
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    CodeSearch__Http__Urls=http://+:8081 \
    CodeSearch__Data__SourceDirectory=/data/sources \
    CodeSearch__Data__IndexDirectory=/data/index \
    CodeSearch__Data__DownloadMissing=false
# The aspnet image's non-root user.
USER app
# 8080: gRPC (HTTP/2, prior knowledge); 8081: HTTP/1.1 for browsers, curl, JSON, FHIR and the workbench page.
EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "/app/cli/codesearch.dll", "health", "--address", "http://localhost:8080"]
ENTRYPOINT ["dotnet", "/app/CodeSearch.Server.dll"]
