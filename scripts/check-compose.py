#!/usr/bin/env python3
"""Checks docker-compose.yml without a Docker engine: it parses, and keeps the production shape the docs promise."""
import pathlib
import sys

import yaml

root = pathlib.Path(__file__).resolve().parent.parent
compose = yaml.safe_load((root / "docker-compose.yml").read_text())
services = compose["services"]
errors = []

def expect(condition, message):
    if not condition:
        errors.append(message)

expect(set(services) >= {"sqlserver", "redis", "api"}, "services sqlserver, redis and api are required")
for name in ("sqlserver", "redis"):
    expect("healthcheck" in services[name], f"{name} needs a healthcheck")
    expect(services["api"]["depends_on"][name]["condition"] == "service_healthy", f"api must wait for healthy {name}")
expect("/opt/mssql-tools18/bin/sqlcmd -C" in " ".join(services["sqlserver"]["healthcheck"]["test"]), "sqlcmd -C healthcheck")
env = services["api"]["environment"]
expect(env["Database__Provider"] == "SqlServer", "api uses SQL Server")
expect("Server=sqlserver;" in env["ConnectionStrings__Commerce"], "connection string points at the sqlserver service")
expect(env["Redis__Configuration"] == "redis:6379", "api uses the redis service")
expect("GraphQL__Ide__Enabled" in env, "the IDE switch is explicit")
expect(services["api"]["build"]["dockerfile"] == "Dockerfile", "api builds from the Dockerfile")
expect(all("restart" in s for s in services.values()), "every service has a restart policy")
expect((root / ".env.example").read_text().count("MSSQL_SA_PASSWORD=") == 1, ".env.example sets MSSQL_SA_PASSWORD")

dockerfile = (root / "Dockerfile").read_text()
for needle in ("mcr.microsoft.com/dotnet/aspnet:10.0", "USER $APP_UID", "HEALTHCHECK", "/health", "npm"):
    expect(needle in dockerfile, f"Dockerfile lacks {needle}")

for error in errors:
    print(f"check-compose: {error}", file=sys.stderr)
print("check-compose: ok" if not errors else f"check-compose: {len(errors)} problem(s)")
sys.exit(1 if errors else 0)
