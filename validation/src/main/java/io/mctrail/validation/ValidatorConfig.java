package io.mctrail.validation;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link Validator} runs: its profile, rules switched on or off, severity overrides, the
 * tolerance on times, and the most findings it reports per event. Immutable.
 */
public final class ValidatorConfig {

  /** The default tolerance between {@code eventTime} and a job's {@code createdAt}. */
  public static final Duration DEFAULT_TIME_TOLERANCE = Duration.ofMinutes(5);

  /** The default cap on findings per event. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  private final Profile profile;
  private final Set<String> disabled;
  private final Set<String> enabled;
  private final Map<String, Severity> severities;
  private final Duration timeTolerance;
  private final int maxFindingsPerEvent;
  private final ReadLimits readLimits;

  /** Whether each rule runs, by id: the configuration is immutable, so each answer is kept. */
  private final Map<String, Boolean> enabledById = new java.util.concurrent.ConcurrentHashMap<>();

  private ValidatorConfig(Builder b) {
    this.profile = b.profile;
    this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
    this.enabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.enabled));
    this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
    this.timeTolerance = b.timeTolerance;
    this.maxFindingsPerEvent = b.maxFindingsPerEvent;
    this.readLimits = b.readLimits;
  }

  /** The default configuration: {@link Profile#DEFAULT}, every rule at its default severity. */
  public static ValidatorConfig defaults() {
    return builder().build();
  }

  /** A configuration of {@code profile}, otherwise default. */
  public static ValidatorConfig of(Profile profile) {
    return builder().profile(profile).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b =
        new Builder()
            .profile(profile)
            .timeTolerance(timeTolerance)
            .maxFindingsPerEvent(maxFindingsPerEvent)
            .readLimits(readLimits);
    b.disabled.addAll(disabled);
    b.enabled.addAll(enabled);
    b.severities.putAll(severities);
    return b;
  }

  public Profile profile() {
    return profile;
  }

  /**
   * Rule ids or id prefixes switched off (for example {@code semantics} or {@code schema.enum}).
   */
  public Set<String> disabled() {
    return disabled;
  }

  /** When not empty, only rules matching one of these ids or prefixes run. */
  public Set<String> enabled() {
    return enabled;
  }

  /** Severity overrides by rule id. */
  public Map<String, Severity> severities() {
    return severities;
  }

  public Duration timeTolerance() {
    return timeTolerance;
  }

  public int maxFindingsPerEvent() {
    return maxFindingsPerEvent;
  }

  /** The limits on nesting depth, string length and number length of one record. */
  public ReadLimits readLimits() {
    return readLimits;
  }

  /** True when {@code rule} runs under this configuration. */
  public boolean isEnabled(Rule rule) {
    Boolean known = enabledById.get(rule.id());
    if (known == null) {
      known = computeEnabled(rule);
      enabledById.put(rule.id(), known);
    }
    return known;
  }

  private boolean computeEnabled(Rule rule) {
    if (!enabled.isEmpty() && enabled.stream().noneMatch(p -> matches(rule.id(), p))) {
      return false;
    }
    if (disabled.stream().anyMatch(p -> matches(rule.id(), p))) {
      return false;
    }
    return ProfileRules.enabledIn(profile, rule);
  }

  /** The severity findings of {@code rule} get. */
  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  private static boolean matches(String id, String pattern) {
    return id.equals(pattern) || id.startsWith(pattern + ".");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidatorConfig c
        && profile == c.profile
        && disabled.equals(c.disabled)
        && enabled.equals(c.enabled)
        && severities.equals(c.severities)
        && timeTolerance.equals(c.timeTolerance)
        && maxFindingsPerEvent == c.maxFindingsPerEvent
        && readLimits.equals(c.readLimits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        profile, disabled, enabled, severities, timeTolerance, maxFindingsPerEvent, readLimits);
  }

  /** Builds a {@link ValidatorConfig}. */
  public static final class Builder {
    private Profile profile = Profile.DEFAULT;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Set<String> enabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Duration timeTolerance = DEFAULT_TIME_TOLERANCE;
    private int maxFindingsPerEvent = DEFAULT_MAX_FINDINGS;
    private ReadLimits readLimits = ReadLimits.DEFAULT;

    private Builder() {}

    /** The limits on one record's nesting depth, string length and number length. */
    public Builder readLimits(ReadLimits limits) {
      this.readLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** Switches off a rule, or every rule whose id starts with {@code idOrPrefix + "."}. */
    public Builder disable(String idOrPrefix) {
      disabled.add(idOrPrefix);
      return this;
    }

    /** Runs only the rules matching this and the other enabled ids or prefixes. */
    public Builder enableOnly(String idOrPrefix) {
      enabled.add(idOrPrefix);
      return this;
    }

    /** Reports findings of {@code ruleId} at {@code severity}. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** How far a job's {@code createdAt} and {@code submitTime} may be from {@code eventTime}. */
    public Builder timeTolerance(Duration tolerance) {
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("the time tolerance must not be negative");
      }
      this.timeTolerance = tolerance;
      return this;
    }

    /** The most findings reported for one event; the rest are counted in one last finding. */
    public Builder maxFindingsPerEvent(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxFindingsPerEvent must be at least 1");
      }
      this.maxFindingsPerEvent = max;
      return this;
    }

    public ValidatorConfig build() {
      return new ValidatorConfig(this);
    }
  }
}
