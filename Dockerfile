# The Clerk's Inbox Agent in a container: one council per container, its data in the /data volume.
#   docker build -t inbox-agent .
#   docker run -d --name thurcaston --env-file /etc/inbox-agent/thurcaston.env -v inbox-thurcaston:/data inbox-agent
#   docker exec thurcaston python run.py cases list
FROM python:3.11-slim-bookworm

# Pango, HarfBuzz and a font: what WeasyPrint needs to write the council summary as PDF (as scripts/setup-debian).
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin agent \
 && install -d -o agent -g agent -m 0700 /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY inbox_agent ./inbox_agent
RUN pip install --no-cache-dir --disable-pip-version-check .
COPY run.py rules.yaml ./
COPY templates ./templates

ENV DATA_DIR=/data PYTHONUNBUFFERED=1
VOLUME ["/data"]
USER agent

# Unhealthy when no poll has succeeded for three poll intervals (the same check as systemd or monitoring would use).
HEALTHCHECK --interval=2m --timeout=30s --start-period=5m --retries=2 CMD ["python", "run.py", "status"]
# SIGTERM finishes the current message, commits and exits 0; allow it the time to do so (docker stop -t 120).
STOPSIGNAL SIGTERM
CMD ["python", "run.py", "run"]
