/**
 * The communiqué rules: checks values and collections of the core module against the requirements
 * of the London 2016 communiqué, the Seoul 2021 ministerial, the PCRS guidelines and the other
 * sources, and reports findings with stable rule IDs, severities, paths, messages and citations.
 *
 * <p>Start with {@link io.github.peacekeeping.validation.CommuniqueValidator}; the catalogue is
 * {@link io.github.peacekeeping.validation.Rules}. The constraints of {@code
 * io.github.peacekeeping.validation.constraints} can also be put on your own classes and run by any
 * Jakarta Bean Validation provider.
 */
module io.github.peacekeeping.validation {
  requires transitive io.github.peacekeeping.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.peacekeeping.validation;
  exports io.github.peacekeeping.validation.constraints;
  exports io.github.peacekeeping.validation.groups;
  // Validators are instantiated by Hibernate Validator; they are not API.
  exports io.github.peacekeeping.validation.internal to
      org.hibernate.validator;
}
