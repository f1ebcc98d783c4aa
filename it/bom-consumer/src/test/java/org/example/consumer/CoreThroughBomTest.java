package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import org.junit.jupiter.api.Test;

class CoreThroughBomTest {

  @Test
  void core_values_work_from_the_installed_jar() {
    assertEquals("KOR", MemberState.fromName("Korea, Republic of").code());
    assertEquals("UNMISS", Mission.of("UNMISS").acronym());
    assertEquals(Share.parse("20%"), PersonnelCount.of(28, 112).shareOfWomen().orElseThrow());
  }

  @Test
  void core_needs_neither_jackson_nor_bean_validation() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.validation.Validator"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("org.hibernate.validator.HibernateValidator"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("tools.jackson.databind.ObjectMapper"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
  }
}
