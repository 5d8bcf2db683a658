package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureBuilder;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A descriptor reaches each member by its index ({@link Structure#memberValue(int)}, {@link
 * StructureBuilder#setMember(int, Object)}): the index is the member's place, and it reaches that
 * member's own field, the one its accessor returns, not another member's.
 */
class MemberIndexTest {

  @ParameterizedTest
  @MethodSource("io.mctrail.model.EveryShapeTest#structures")
  void eachIndexSetsAndGetsTheFieldOfItsOwnMember(String shapeName) throws Exception {
    StructureDescriptor<?> descriptor = MediaConvertShapes.ALL.get(shapeName).structure();
    Structure populated =
        new ShapePopulator(new SplittableRandom(shapeName.hashCode()), 1).populate(descriptor);
    for (MemberDescriptor<?> m : descriptor.members()) {
      assertThat(descriptor.members().get(m.index())).isSameAs(m);
      Object value = populated.memberValue(m.index());
      if (value == null) {
        continue; // a payload: never populated
      }
      StructureBuilder<?> builder = descriptor.newBuilder();
      builder.setMember(m.index(), value);
      Structure one = builder.build();
      assertThat(rawAccessor(descriptor, m).invoke(one))
          .as("%s.%s", shapeName, m.jsonName())
          .isEqualTo(value);
      for (MemberDescriptor<?> other : descriptor.members()) {
        if (other != m) {
          assertThat(one.memberValue(other.index()))
              .as("%s.%s set, %s", shapeName, m.jsonName(), other.jsonName())
              .isNull();
        }
      }
    }
    int past = descriptor.members().size();
    assertThatThrownBy(() -> populated.memberValue(past))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> descriptor.newBuilder().setMember(past, "x"))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** The generated accessor that returns the member's raw value. */
  private static Method rawAccessor(StructureDescriptor<?> d, MemberDescriptor<?> m)
      throws NoSuchMethodException {
    String name = m.javaName();
    return switch (m.type().kind()) {
      case ENUM -> d.type().getMethod(name + "AsString");
      case TIMESTAMP -> d.type().getMethod(name + "AsTimestamp");
      case LIST ->
          m.type().element().kind() == ValueType.Kind.ENUM
              ? d.type().getMethod(name + "AsStrings")
              : d.type().getMethod(name);
      default -> d.type().getMethod(name);
    };
  }
}
