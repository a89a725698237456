/**
 * Shared kernel: languages, problems (RFC 9457), field validation, request limits and the caller.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.passerelle.shared;
