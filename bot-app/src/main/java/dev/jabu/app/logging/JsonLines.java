package dev.jabu.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per log line ({@code logging.format: json}), for log collectors: time, level,
 * logger, thread, the correlation id of the command or request, the message and any stack trace,
 * every text field with secrets masked.
 */
public final class JsonLines extends LayoutBase<ILoggingEvent> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ThrowableProxyConverter stackTrace = new RedactedThrowable();

  @Override
  public void start() {
    stackTrace.setContext(getContext());
    stackTrace.start();
    super.start();
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
    line.put("level", event.getLevel().toString());
    line.put("logger", event.getLoggerName());
    line.put("thread", event.getThreadName());
    String cid = event.getMDCPropertyMap().get("cid");
    if (cid != null) {
      line.put("cid", cid);
    }
    line.put("message", Redaction.apply(event.getFormattedMessage()));
    if (event.getThrowableProxy() != null) {
      line.put("error", stackTrace.convert(event).strip());
    }
    try {
      return JSON.writeValueAsString(line) + CoreConstants.LINE_SEPARATOR;
    } catch (JsonProcessingException e) {
      return "{\"level\":\"ERROR\",\"message\":\"unwritable log line\"}"
          + CoreConstants.LINE_SEPARATOR;
    }
  }
}
