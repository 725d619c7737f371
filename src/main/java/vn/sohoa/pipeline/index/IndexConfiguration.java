package vn.sohoa.pipeline.index;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sohoa.SohoaProperties;

@Configuration(proxyBeanMethods = false)
public class IndexConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SohoaProperties properties, IndexProperties index) {
        return new LuceneSearchIndex(properties.dir("index"), index.lockWait(), index.searchTimeout());
    }
}
