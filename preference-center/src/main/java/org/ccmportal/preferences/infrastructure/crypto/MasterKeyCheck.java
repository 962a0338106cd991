package org.ccmportal.preferences.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Refuses to deploy the portal without a master key: outside the local demo stack ({@code
 * CCM_DEMO_DATA} not {@code true}) a missing or too short {@code CCM_MASTER_KEY} stops the
 * deployment with one log line naming the variable, instead of a server that runs and fails at the
 * first contact point, link or secret it has to protect. On the demo stack the demo key stays the
 * default.
 *
 * <p>It needs no database, so it does not wait for the migrations: it runs as early as the
 * container starts it.
 */
@Singleton
@Startup
public class MasterKeyCheck {
  private static final Logger LOG = Logger.getLogger(MasterKeyCheck.class.getName());

  private final Supplier<Map<String, String>> environment;

  public MasterKeyCheck() {
    this(System::getenv);
  }

  MasterKeyCheck(Supplier<Map<String, String>> environment) {
    this.environment = environment;
  }

  /**
   * @throws MasterKeyMissingException when the environment gives no usable master key
   */
  @PostConstruct
  public void check() {
    try {
      MasterKey.from(environment.get());
      LOG.info("master key check passed");
    } catch (IllegalStateException e) {
      LOG.severe("refusing to start: " + e.getMessage());
      throw new MasterKeyMissingException(e.getMessage());
    }
  }

  /**
   * The deployment stops here. It carries only the reason (never a key) and no stack trace: the
   * reason says everything an operator needs.
   */
  public static final class MasterKeyMissingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MasterKeyMissingException(String reason) {
      super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
