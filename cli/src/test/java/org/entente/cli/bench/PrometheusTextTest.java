package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    // Lines as the gateway's /q/metrics prints them (Micrometer, text format 0.0.4).
    static final String SAMPLE = """
            # HELP jvm_gc_memory_allocated_bytes_total Incremented for an increase in the size of the (young) heap memory pool after one GC to before the next
            # TYPE jvm_gc_memory_allocated_bytes_total counter
            jvm_gc_memory_allocated_bytes_total 1.2345678E8
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 6176344.0
            jvm_memory_used_bytes{area="nonheap",id="CodeHeap 'profiled nmethods'"} 5320448.0
            jvm_memory_used_bytes{area="heap",id="Eden Space"} 4.9646448E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 3.0911648E7
            jvm_memory_used_bytes{area="heap",id="Survivor Space"} 1000.0
            jvm_memory_used_bytes_extra{area="heap"} 999.0
            http_server_requests_seconds_count{method="POST",outcome="SUCCESS",status="200",uri="/graphql, \\"x\\""} 12.0
            entente_gateway_subgraph_requests_seconds_bucket{le="+Inf",subgraph="actors"} 7.0
            """;

    @Test
    void sumsTheSamplesWhoseLabelsMatch() {
        PrometheusText text = new PrometheusText(SAMPLE);
        assertEquals(
                6176344.0 + 4.9646448E7 + 1000.0, text.sum("jvm_memory_used_bytes", l -> "heap".equals(l.get("area"))));
        assertEquals(4.9646448E7, text.sum("jvm_memory_used_bytes", l -> "Eden Space".equals(l.get("id"))));
        assertEquals(1.2345678E8, text.sum("jvm_gc_memory_allocated_bytes_total"));
    }

    @Test
    void readsEscapedLabelValuesAndDoesNotConfuseMetricsSharingAPrefix() {
        PrometheusText text = new PrometheusText(SAMPLE);
        assertEquals(12.0, text.sum("http_server_requests_seconds_count", l -> "/graphql, \"x\"".equals(l.get("uri"))));
        assertEquals(999.0, text.sum("jvm_memory_used_bytes_extra"));
        assertEquals(
                7.0, text.sum("entente_gateway_subgraph_requests_seconds_bucket", l -> "+Inf".equals(l.get("le"))));
    }

    @Test
    void aMissingMetricIsNotZero() {
        assertTrue(Double.isNaN(new PrometheusText(SAMPLE).sum("jvm_threads_live_threads")));
        assertTrue(Double.isNaN(
                new PrometheusText(SAMPLE).sum("jvm_memory_used_bytes", l -> "nowhere".equals(l.get("area")))));
    }

    @Test
    void allocationAddsWhatTheEdenHoldsSinceTheLastCollection() {
        assertEquals(1.2345678E8 + 4.9646448E7, ProcessProbe.allocatedBytes(new PrometheusText(SAMPLE)));
    }
}
