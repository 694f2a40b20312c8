# jabu on Nomad's docker driver: two instances on PostgreSQL from the jabu image.
# Secrets come from the Nomad variable nomad/jobs/jabu (readable by this job only):
#   nomad var put nomad/jobs/jabu JABU_DATABASE_URL=postgres://... DISCORD_TOKEN=...
job "jabu" {
  type = "service"

  group "jabu" {
    count = 2

    network {
      port "http" {
        to = 8080
      }
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
      driver = "docker"

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

      config {
        image = "jabu:0.1.0"
        ports = ["http"]
        # the image's /etc/jabu/jabu.yaml listens on 0.0.0.0:8080
        args  = ["run", "--config", "/etc/jabu/jabu.yaml"]
      }

      kill_timeout = "30s"

      resources {
        cpu    = 300
        memory = 256
      }
    }
  }
}
