# syntax=docker/dockerfile:1
# Build: the SDK image plus Node.js/npm, because building Commerce.Api runs `npm ci` for the Banana Cake Pop IDE.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Commerce.Domain/Commerce.Domain.csproj src/Commerce.Domain/
COPY src/Commerce.Infrastructure/Commerce.Infrastructure.csproj src/Commerce.Infrastructure/
COPY src/Commerce.GraphQL.Server/Commerce.GraphQL.Server.csproj src/Commerce.GraphQL.Server/
COPY src/Commerce.Api/Commerce.Api.csproj src/Commerce.Api/
COPY src/Commerce.Api/Ide/BananaCakePop.targets src/Commerce.Api/Ide/package.json src/Commerce.Api/Ide/package-lock.json src/Commerce.Api/Ide/
RUN dotnet restore src/Commerce.Api/Commerce.Api.csproj
# Installs the IDE in its own layer, so it is cached until the lock file changes.
RUN dotnet msbuild src/Commerce.Api/Commerce.Api.csproj -t:BananaCakePopNpmCi -nologo
COPY src/ src/
RUN dotnet publish src/Commerce.Api/Commerce.Api.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# Runtime: ASP.NET Core only, as the image's non-root `app` user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    GraphQL__Ide__Enabled=false
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD curl --fail --silent --show-error http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "Commerce.Api.dll"]
