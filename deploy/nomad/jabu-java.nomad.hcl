# jabu on Nomad's java driver: two instances on PostgreSQL, each running the fat jar.
# Secrets come from the Nomad variable nomad/jobs/jabu (readable by this job only):
#   nomad var put nomad/jobs/jabu JABU_DATABASE_URL=postgres://... DISCORD_TOKEN=...
# The docker variant is jabu-docker.nomad.hcl.
job "jabu" {
  type = "service"

  group "jabu" {
    # both instances share the database: one runs each scheduled item and sends each post
    count = 2

    network {
      port "http" {}
    }

    service {
      name     = "jabu"
      port     = "http"
      provider = "nomad"

      check {
        name     = "ready"
        type     = "http"
        path     = "/readyz"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "jabu" {
      driver = "java"

      # where you publish bot-app/target/jabu.jar
      artifact {
        source      = "https://downloads.example.org/jabu/jabu-0.1.0.jar"
        destination = "local/jabu.jar"
        mode        = "file"
      }

      # the glossary files (config/glossary), which jabu.yaml below names: publish them beside
      # the jar, e.g. tar czf glossary-0.1.0.tar.gz -C config/glossary .
      artifact {
        source      = "https://downloads.example.org/jabu/glossary-0.1.0.tar.gz"
        destination = "local/glossary"
      }

      template {
        destination = "local/jabu.yaml"
        data        = <<-YAML
          glossary:
            folder: glossary
          http:
            host: 0.0.0.0
            port: {{ env "NOMAD_PORT_http" }}
          YAML
      }

      template {
        destination = "secrets/jabu.env"
        env         = true
        data        = <<-ENV
          {{ with nomadVar "nomad/jobs/jabu" }}
          {{- /* a key the variable lacks writes no line (not NAME=<no value>) */ -}}
          {{ with .JABU_DATABASE_URL }}JABU_DATABASE_URL={{ . }}{{ end }}
          {{ with .DISCORD_TOKEN }}DISCORD_TOKEN={{ . }}{{ end }}
          {{ with .SLACK_BOT_TOKEN }}SLACK_BOT_TOKEN={{ . }}{{ end }}
          {{ with .SLACK_SIGNING_SECRET }}SLACK_SIGNING_SECRET={{ . }}{{ end }}
          {{ with .SLACK_APP_TOKEN }}SLACK_APP_TOKEN={{ . }}{{ end }}
          {{ end }}
          ENV
      }

      env {
        JABU_LOG_DIR = "${NOMAD_ALLOC_DIR}/logs"
      }

      config {
        jar_path    = "local/jabu.jar"
        # the same lean settings as bin/jabu and the image
        jvm_options = [
          "-Xms16m", "-Xmx96m", "-Xmn8m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=96m", "-Dfile.encoding=UTF-8",
        ]
        args        = ["run", "--config", "local/jabu.yaml"]
      }

      # the outbox finishes sends under way within its grace (5s)
      kill_timeout = "30s"

      resources {
        cpu    = 300
        memory = 256
      }
    }
  }
}
