package io.briefbot.ingest.feed;

import io.quarkus.rest.client.reactive.Url;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Plain GETs of feeds and entry pages; {@link FeedHttp} owns timeouts and retries. Null headers are not sent. */
@RegisterRestClient
interface FeedHttpApi {

    @GET
    Response get(@Url String url,
                 @HeaderParam(HttpHeaders.ACCEPT) String accept,
                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                 @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince);
}
