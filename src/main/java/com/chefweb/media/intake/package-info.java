/**
 * The one way into media that is not an event: a module whose client sends a file's bytes in its own request (the
 * sautai app posts multipart forms to the chefs module) hands them here to be stored and checked like a presigned
 * upload. A bent rule, explained in docs/modules/flows.md: bytes do not belong in events.
 */
@NamedInterface("intake")
@NullMarked
package com.chefweb.media.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
