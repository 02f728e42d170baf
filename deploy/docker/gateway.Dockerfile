# gateway, JVM mode, serving the web explorer too. Build from the repository root after packaging
# the module; the build needs Node.js 20.19+ and npm (the explorer module runs its Vite build and
# puts it in the gateway-app jar), the image needs neither:
#   mvn -B -ntp -pl gateway-app -am package -DskipTests
#   docker build -f deploy/docker/gateway.Dockerfile -t entente/gateway:0.1.0 .
# The base image is pinned; uid 185 is its unprivileged user and the runAsUser in deploy/base.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24

# The four layers of Quarkus' fast-jar, least changing first, owned by the runtime user.
COPY --chown=185 gateway-app/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 gateway-app/target/quarkus-app/*.jar /deployments/
COPY --chown=185 gateway-app/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 gateway-app/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
# 8080: GraphQL, the explorer; 9000: the management interface (health, metrics), which 8080 does not serve.
EXPOSE 8080 9000
WORKDIR /deployments

HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:9000/q/health/live || exit 1

# java directly (not the image's run-java.sh, which adds its own heap flags on the command
# line): heap sizing comes from JAVA_TOOL_OPTIONS, set per container in deploy/.
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
