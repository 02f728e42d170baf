# entente/loader: the command-line loader and the committed datasets, for the dev dataset-load
# Job. Build from the repository root after packaging the cli module:
#   mvn -B -ntp -pl cli -am package -DskipTests
#   docker build -f deploy/docker/loader.Dockerfile -t entente/loader:0.1.0 .
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24

COPY --chown=185 cli/target/lib/ /opt/entente/cli/lib/
COPY --chown=185 cli/target/entente-cli.jar /opt/entente/cli/
COPY --chown=185 data/ /opt/entente/data/

USER 185
WORKDIR /opt/entente

# A batch container: it serves nothing, so its health is its exit code.
HEALTHCHECK NONE

ENTRYPOINT ["java", "-jar", "/opt/entente/cli/entente-cli.jar"]
