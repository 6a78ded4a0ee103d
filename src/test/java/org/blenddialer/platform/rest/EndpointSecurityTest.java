package org.blenddialer.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every REST endpoint of the service with every role and with no credentials: anonymous
 * callers get 401, roles the endpoint does not name get 403, the named roles get through.
 */
@QuarkusTest
class EndpointSecurityTest {

  private static final List<Class<? extends Annotation>> HTTP_METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    List<String> undeclared =
        endpoints().stream().filter(e -> e.access() == null).map(Endpoint::toString).toList();
    assertThat(endpoints()).isNotEmpty();
    assertThat(undeclared)
        .as("endpoints without @RolesAllowed/@Authenticated/@PermitAll")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAnswersEveryRoleAsDeclared() {
    return endpoints().stream()
        .filter(e -> e.access() != null)
        .map(e -> DynamicTest.dynamicTest(e.toString(), () -> check(e)));
  }

  private static void check(Endpoint endpoint) {
    int anonymous = call(given(), endpoint).statusCode();
    if (endpoint.access().permitAll()) {
      assertThat(anonymous).as("anonymous " + endpoint).isNotIn(401, 403);
    } else {
      assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(401);
    }
    for (Role role : Role.values()) {
      int status = call(TestUsers.as(role), endpoint).statusCode();
      if (endpoint.access().allows(role)) {
        assertThat(status).as(role + " on " + endpoint).isNotIn(401, 403);
      } else {
        assertThat(status).as(role + " on " + endpoint).isEqualTo(403);
      }
    }
  }

  private static Response call(RequestSpecification request, Endpoint endpoint) {
    // Path parameters get an id that exists nowhere, so allowed calls change nothing.
    // A parameter restricted by a regular expression takes its first alternative.
    String path =
        endpoint
            .path()
            .replaceAll("\\{\\w+\\s*:\\s*([^|}]+)[^}]*}", "$1")
            .replaceAll("\\{[^}]+}", "987654321");
    if (endpoint.method().equals("POST")
        || endpoint.method().equals("PUT")
        || endpoint.method().equals("PATCH")) {
      request = request.contentType("application/json").body("{}");
    }
    return request.request(endpoint.method(), path);
  }

  /** Every resource method of the service, read from the compiled classes. */
  static List<Endpoint> endpoints() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.blenddialer");
    List<Endpoint> result = new ArrayList<>();
    for (JavaClass type : classes) {
      if (!type.isAnnotatedWith(Path.class) || type.isInterface()) {
        continue;
      }
      String base = type.getAnnotationOfType(Path.class).value();
      for (JavaMethod method : type.getMethods()) {
        for (Class<? extends Annotation> http : HTTP_METHODS) {
          if (method.isAnnotatedWith(http)) {
            String sub =
                method.isAnnotatedWith(Path.class)
                    ? "/" + method.getAnnotationOfType(Path.class).value()
                    : "";
            String path = ("/" + base + sub).replaceAll("/+", "/");
            result.add(new Endpoint(http.getSimpleName(), path, access(type, method)));
          }
        }
      }
    }
    return result;
  }

  private static Access access(JavaClass type, JavaMethod method) {
    Access onMethod = accessOf(method.reflect().getAnnotations());
    return onMethod != null ? onMethod : accessOf(type.reflect().getAnnotations());
  }

  private static Access accessOf(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof PermitAll) {
        return new Access(true, EnumSet.allOf(Role.class));
      }
      if (a instanceof Authenticated) {
        return new Access(false, EnumSet.allOf(Role.class));
      }
      if (a instanceof DenyAll) {
        return new Access(false, EnumSet.noneOf(Role.class));
      }
      if (a instanceof RolesAllowed allowed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : allowed.value()) {
          roles.add(Role.valueOf(r));
        }
        return new Access(false, roles);
      }
    }
    return null;
  }

  record Endpoint(String method, String path, Access access) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  record Access(boolean permitAll, Set<Role> roles) {
    boolean allows(Role role) {
      return roles.contains(role);
    }
  }
}
